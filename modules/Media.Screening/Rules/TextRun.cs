namespace Media.Screening;

/// <summary>A maximal run of characters of one kind, as UTF-16 positions in the original text.</summary>
internal readonly record struct TextRun(int Start, int Length)
{
    public int End => Start + Length;

    public static IEnumerable<TextRun> Find(string text, Func<char, bool> inRun)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!inRun(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && inRun(text[i]))
            {
                i++;
            }

            yield return new TextRun(start, i - start);
        }
    }
}
