namespace Media.Screening;

/// <summary>
/// Placeholders an editor forgot to fill in: ×× runs, XX/xx masks and * masks. Blocks, because a reader
/// must never see them. XX counts only as a standalone run beside Chinese text (not XXL, Exxon or
/// "Super Bowl XX"); a * run counts beside a Chinese character or Chinese punctuation (not 2*3), except a
/// Markdown **bold** pair on one line.
/// </summary>
public sealed class PlaceholderRule : IProofreadingRule
{
    public string Name => ScreeningRuleNames.Placeholder;

    public IEnumerable<ScreeningHit> Inspect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var times = TextRun.Find(text, c => c == '×').Where(r => r.Length >= 2);
        var letters = TextRun.Find(text, IsMaskLetter).Where(r => r.Length >= 2 && IsLetterMask(text, r));
        var stars = TextRun.Find(text, IsStar).Where(r => IsStarMask(text, r)).Except(MarkdownStrong.Runs(text));
        return times.Concat(letters).Concat(stars).Select(r => Hit(text, r));
    }

    private static bool IsMaskLetter(char c) => c is 'X' or 'x' or 'Ｘ' or 'ｘ';

    private static bool IsStar(char c) => c is '*' or '＊';

    private static bool IsLetterMask(string text, TextRun run)
    {
        var before = Hanzi.At(text, run.Start - 1);
        var after = Hanzi.At(text, run.End);
        return !TextFolding.IsLatinLetterOrDigit(before) && !TextFolding.IsLatinLetterOrDigit(after)
            && (Hanzi.IsIdeographOrPunctuation(before) || Hanzi.IsIdeographOrPunctuation(after));
    }

    private static bool IsStarMask(string text, TextRun run) =>
        IsMaskNeighbour(Hanzi.At(text, run.Start - 1)) || IsMaskNeighbour(Hanzi.At(text, run.End));

    private static bool IsMaskNeighbour(char c) => Hanzi.IsIdeographOrPunctuation(c);

    private static ScreeningHit Hit(string text, TextRun run)
    {
        var match = text.Substring(run.Start, run.Length);
        return new ScreeningHit(
            ScreeningRuleNames.Placeholder,
            match,
            ScreeningSeverity.Block,
            run.Start,
            run.Length,
            $"疑似未替换的占位符「{match}」，请填写实际内容。Placeholder left in the text.");
    }
}
