namespace Media.Screening;

/// <summary>Builds a <see cref="WordAutomaton"/>: a trie, then failure links breadth first, then frozen arrays.</summary>
internal sealed class WordAutomatonBuilder
{
    private readonly List<SortedDictionary<char, int>> children = [new()];
    private readonly List<int> wordAt = [-1];

    /// <summary>Adds a folded word under index <paramref name="word"/>; false if the same folded word is already in.</summary>
    public bool Add(string foldedWord, int word)
    {
        var state = WordAutomaton.Root;
        foreach (var c in foldedWord)
        {
            if (!children[state].TryGetValue(c, out var next))
            {
                next = children.Count;
                children[state].Add(c, next);
                children.Add(new SortedDictionary<char, int>());
                wordAt.Add(-1);
            }

            state = next;
        }

        if (wordAt[state] >= 0)
        {
            return false;
        }

        wordAt[state] = word;
        return true;
    }

    public WordAutomaton Build()
    {
        var failure = new int[children.Count];
        var nextWithWord = new int[children.Count];
        nextWithWord[WordAutomaton.Root] = -1;
        foreach (var (parent, c, state) in BreadthFirst())
        {
            failure[state] = parent == WordAutomaton.Root ? WordAutomaton.Root : FailureOf(failure[parent], c, failure);
            var fallback = failure[state];
            nextWithWord[state] = wordAt[fallback] >= 0 ? fallback : nextWithWord[fallback];
        }

        return Freeze(failure, nextWithWord);
    }

    private int FailureOf(int state, char c, int[] failure)
    {
        while (true)
        {
            if (children[state].TryGetValue(c, out var next))
            {
                return next;
            }

            if (state == WordAutomaton.Root)
            {
                return WordAutomaton.Root;
            }

            state = failure[state];
        }
    }

    private IEnumerable<(int Parent, char C, int State)> BreadthFirst()
    {
        var queue = new Queue<int>();
        queue.Enqueue(WordAutomaton.Root);
        while (queue.TryDequeue(out var parent))
        {
            foreach (var (c, state) in children[parent])
            {
                yield return (parent, c, state);
                queue.Enqueue(state);
            }
        }
    }

    private WordAutomaton Freeze(int[] failure, int[] nextWithWord)
    {
        var edgeStart = new int[children.Count + 1];
        var edgeCount = children.Sum(c => c.Count);
        var edgeChars = new char[edgeCount];
        var edgeTargets = new int[edgeCount];
        var at = 0;
        for (var state = 0; state < children.Count; state++)
        {
            edgeStart[state] = at;
            foreach (var (c, target) in children[state])
            {
                edgeChars[at] = c;
                edgeTargets[at] = target;
                at++;
            }
        }

        edgeStart[children.Count] = at;
        return new WordAutomaton(edgeStart, edgeChars, edgeTargets, failure, [.. wordAt], nextWithWord);
    }
}
