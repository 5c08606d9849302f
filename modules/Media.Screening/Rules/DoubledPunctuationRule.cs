namespace Media.Screening;

/// <summary>
/// Pause and stop marks typed twice or mixed: ，， 。。 、、 ；； ：： ，。 and 。。。 for an ellipsis. Warns.
/// ？？ ！！ ？！ may be intended emphasis, and …… and —— are correct Chinese, so none of those fire.
/// </summary>
public sealed class DoubledPunctuationRule : IProofreadingRule
{
    public string Name => ScreeningRuleNames.DoubledPunctuation;

    public IEnumerable<ScreeningHit> Inspect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextRun.Find(text, IsPauseOrStop).Where(r => r.Length >= 2).Select(r => Hit(text, r));
    }

    private static bool IsPauseOrStop(char c) => c is '，' or '。' or '、' or '；' or '：' or ',' or ';';

    private static ScreeningHit Hit(string text, TextRun run)
    {
        var match = text.Substring(run.Start, run.Length);
        return new ScreeningHit(
            ScreeningRuleNames.DoubledPunctuation,
            match,
            ScreeningSeverity.Warn,
            run.Start,
            run.Length,
            $"标点重复「{match}」，请保留一个（省略号用「……」）。Doubled punctuation.");
    }
}
