namespace Media.Screening;

/// <summary>
/// An immutable Aho–Corasick automaton over folded words. Each state's edges sit in one sorted slice of
/// <see cref="edgeChars"/>, so a step is a binary search (a table lookup at the root) and matching never allocates.
/// </summary>
internal sealed class WordAutomaton
{
    private readonly int[] edgeStart;
    private readonly char[] edgeChars;
    private readonly int[] edgeTargets;
    private readonly int[] failure;
    private readonly int[] wordAt;
    private readonly int[] nextWithWord;
    private readonly int[] fromRoot;

    public WordAutomaton(
        int[] edgeStart, char[] edgeChars, int[] edgeTargets, int[] failure, int[] wordAt, int[] nextWithWord)
    {
        this.edgeStart = edgeStart;
        this.edgeChars = edgeChars;
        this.edgeTargets = edgeTargets;
        this.failure = failure;
        this.wordAt = wordAt;
        this.nextWithWord = nextWithWord;
        fromRoot = RootTable();
    }

    public const int Root = 0;

    /// <summary>The state after reading <paramref name="c"/> in <paramref name="state"/>.</summary>
    public int Step(int state, char c)
    {
        while (state != Root)
        {
            var next = Edge(state, c);
            if (next >= 0)
            {
                return next;
            }

            state = failure[state];
        }

        return fromRoot[c];
    }

    /// <summary>The word ending in <paramref name="state"/>, or -1; then follow <see cref="NextWithWord"/>.</summary>
    public int WordAt(int state) => wordAt[state];

    /// <summary>The next shorter suffix state that ends a word, or -1.</summary>
    public int NextWithWord(int state) => nextWithWord[state];

    /// <summary>
    /// Most characters of a text start no word, so the root's edges are a direct table (256 KB per compiled
    /// list) instead of a binary search over thousands of first characters.
    /// </summary>
    private int[] RootTable()
    {
        var table = new int[char.MaxValue + 1];
        for (var i = edgeStart[Root]; i < edgeStart[Root + 1]; i++)
        {
            table[edgeChars[i]] = edgeTargets[i];
        }

        return table;
    }

    private int Edge(int state, char c)
    {
        var from = edgeStart[state];
        var slice = edgeChars.AsSpan(from, edgeStart[state + 1] - from);
        var index = slice.BinarySearch(c);
        return index >= 0 ? edgeTargets[from + index] : -1;
    }
}
