namespace Media.Screening;

/// <summary>Finds the ** runs that open and close Markdown bold on one line, so they are not taken for masks.</summary>
internal static class MarkdownStrong
{
    public static IEnumerable<TextRun> Runs(string text)
    {
        TextRun? opener = null;
        foreach (var run in TextRun.Find(text, c => c == '*').Where(r => r.Length == 2))
        {
            if (opener is { } open && Closes(text, open, run))
            {
                yield return open;
                yield return run;
                opener = null;
            }
            else if (!char.IsWhiteSpace(Hanzi.At(text, run.End)) && run.End < text.Length)
            {
                opener = run;
            }
        }
    }

    private static bool Closes(string text, TextRun open, TextRun run) =>
        run.Start > open.End
        && !char.IsWhiteSpace(text[run.Start - 1])
        && text.IndexOf('\n', open.End, run.Start - open.End) < 0;
}
