using System.Text;

namespace Media.Screening;

/// <summary>
/// Traditional and simplified characters mixed in one text, typically from a pasted source or a half-done
/// conversion. Fires only when both scripts occur; the hits mark the rarer script's characters, adjacent
/// ones grouped, and say what the other script writes. Warns: a quoted traditional name can be intended.
/// </summary>
public sealed class MixedScriptRule : IProofreadingRule
{
    private readonly ChineseScriptTable table;

    public MixedScriptRule(ChineseScriptTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        this.table = table;
    }

    public string Name => ScreeningRuleNames.MixedScript;

    public IEnumerable<ScreeningHit> Inspect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (traditional, simplified) = Count(text);
        if (traditional == 0 || simplified == 0)
        {
            return [];
        }

        var strayIsTraditional = traditional <= simplified;
        Func<char, bool> isStray = strayIsTraditional ? c => table.IsTraditionalOnly(c, out _) : c => table.IsSimplifiedOnly(c, out _);
        return TextRun.Find(text, isStray).Select(r => Hit(text, r, strayIsTraditional)).ToList();
    }

    private (int Traditional, int Simplified) Count(string text)
    {
        var traditional = 0;
        var simplified = 0;
        foreach (var c in text)
        {
            if (table.IsTraditionalOnly(c, out _))
            {
                traditional++;
            }
            else if (table.IsSimplifiedOnly(c, out _))
            {
                simplified++;
            }
        }

        return (traditional, simplified);
    }

    private ScreeningHit Hit(string text, TextRun run, bool strayIsTraditional)
    {
        var match = text.Substring(run.Start, run.Length);
        var message = strayIsTraditional
            ? $"简繁混用：「{match}」为繁体字，简体作「{Convert(match, true)}」。Traditional characters in simplified text."
            : $"简繁混用：「{match}」为简体字，繁体作「{Convert(match, false)}」。Simplified characters in traditional text.";
        return new ScreeningHit(ScreeningRuleNames.MixedScript, match, ScreeningSeverity.Warn, run.Start, run.Length, message);
    }

    private string Convert(string match, bool toSimplified)
    {
        var converted = new StringBuilder(match.Length);
        foreach (var c in match)
        {
            var other = c;
            var known = toSimplified ? table.IsTraditionalOnly(c, out other) : table.IsSimplifiedOnly(c, out other);
            converted.Append(known ? other : c);
        }

        return converted.ToString();
    }
}
