namespace Media.Screening;

/// <summary>
/// A county word list compiled once into an Aho–Corasick automaton. Immutable and thread-safe: compile it
/// when the list changes and cache it under its <see cref="Version"/>; finding words is linear in the text.
/// </summary>
public sealed class CompiledLexicon
{
    private readonly WordAutomaton automaton;
    private readonly LexiconWord[] words;
    private readonly int longestWord;

    private CompiledLexicon(string version, IReadOnlyList<LexiconEntry> entries, WordAutomaton automaton, LexiconWord[] words)
    {
        Version = version;
        Entries = entries;
        this.automaton = automaton;
        this.words = words;
        longestWord = words.Length == 0 ? 0 : words.Max(w => w.FoldedLength);
    }

    /// <summary>A list with no words, for screening with the built-in rules only.</summary>
    public static CompiledLexicon Empty { get; } = Compile([], "empty");

    /// <summary>The version the caller gave; recorded with every screening result.</summary>
    public string Version { get; }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <param name="entries">The word list. When two words fold to the same characters, the blocking one wins.</param>
    /// <param name="version">The caller's identifier of this list, e.g. a hash or a row version.</param>
    /// <exception cref="ArgumentException">An entry has no word, or only separators, or the version is blank.</exception>
    public static CompiledLexicon Compile(IEnumerable<LexiconEntry> entries, string version)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        var list = entries.ToArray();
        var words = list.Select(LexiconWord.From)
            .OrderByDescending(w => w.Entry.Severity)
            .ToArray();
        var builder = new WordAutomatonBuilder();
        var kept = new List<LexiconWord>(words.Length);
        foreach (var word in words)
        {
            if (builder.Add(word.Folded, kept.Count))
            {
                kept.Add(word);
            }
        }

        return new CompiledLexicon(version, Array.AsReadOnly(list), builder.Build(), [.. kept]);
    }

    /// <summary>Every word of the list found in <paramref name="text"/>, in order of position.</summary>
    public IReadOnlyList<ScreeningHit> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (words.Length == 0)
        {
            return [];
        }

        var found = new List<ScreeningHit>();
        var ring = new int[RingSize(longestWord)];
        var mask = ring.Length - 1;
        var state = WordAutomaton.Root;
        var position = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!TextFolding.TryFold(text[i], out var folded))
            {
                continue;
            }

            ring[position & mask] = i;
            state = automaton.Step(state, folded);
            CollectWordsEndingAt(text, state, position, i, ring, found);
            position++;
        }

        return LexiconHits.KeepOutermost(found);
    }

    private void CollectWordsEndingAt(string text, int state, int position, int end, int[] ring, List<ScreeningHit> found)
    {
        var mask = ring.Length - 1;
        for (var s = automaton.WordAt(state) >= 0 ? state : automaton.NextWithWord(state); s >= 0; s = automaton.NextWithWord(s))
        {
            var word = words[automaton.WordAt(s)];
            var start = ring[(position - word.FoldedLength + 1) & mask];
            if (word.StandsAlone(text, start, end))
            {
                found.Add(word.HitAt(text, start, end - start + 1));
            }
        }
    }

    private static int RingSize(int longest) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(longest, 1));
}
