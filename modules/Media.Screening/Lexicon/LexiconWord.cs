namespace Media.Screening;

/// <summary>A word list entry prepared for matching: its folded characters and whether it is a Latin word.</summary>
internal sealed class LexiconWord
{
    private readonly bool startsLatin;
    private readonly bool endsLatin;

    private LexiconWord(LexiconEntry entry, string folded)
    {
        Entry = entry;
        Folded = folded;
        startsLatin = char.IsAsciiLetterOrDigit(folded[0]);
        endsLatin = char.IsAsciiLetterOrDigit(folded[^1]);
    }

    public LexiconEntry Entry { get; }

    public string Folded { get; }

    public int FoldedLength => Folded.Length;

    public static LexiconWord From(LexiconEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Word, nameof(entry));
        var folded = TextFolding.FoldWord(entry.Word);
        if (folded.Length == 0)
        {
            throw new ArgumentException($"Word list entry \"{entry.Word}\" has nothing but spaces or punctuation.", nameof(entry));
        }

        return new LexiconWord(entry, folded);
    }

    /// <summary>
    /// A Latin word must not be part of a longer Latin word ("gong" is not in "gongs"); Chinese words have
    /// no such boundary.
    /// </summary>
    public bool StandsAlone(string text, int start, int end)
    {
        var openBefore = !startsLatin || start == 0 || !TextFolding.IsLatinLetterOrDigit(text[start - 1]);
        var openAfter = !endsLatin || end == text.Length - 1 || !TextFolding.IsLatinLetterOrDigit(text[end + 1]);
        return openBefore && openAfter;
    }

    public ScreeningHit HitAt(string text, int start, int length) => new(
        ScreeningRuleNames.Lexicon,
        text.Substring(start, length),
        Entry.Severity,
        start,
        length,
        Message(),
        Entry.Category);

    private string Message()
    {
        var verdict = Entry.Severity == ScreeningSeverity.Block ? "须删改后方可提交" : "请审核确认";
        var note = string.IsNullOrWhiteSpace(Entry.Note) ? "" : $"（{Entry.Note}）";
        return $"词表命中「{Entry.Word}」，类别：{Entry.Category}，{verdict}{note}。Word list match.";
    }
}
