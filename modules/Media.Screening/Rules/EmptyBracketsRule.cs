using System.Collections.Frozen;

namespace Media.Screening;

/// <summary>
/// Brackets with nothing inside — （）, (), 【】, 《》, 〔〕 — or only a mask such as 《*》: content an editor
/// meant to fill in. Blocks. A () right after a Latin letter or digit is code (print()), not a gap.
/// </summary>
public sealed class EmptyBracketsRule : IProofreadingRule
{
    private static readonly FrozenDictionary<char, char> Closers = new Dictionary<char, char>
    {
        ['（'] = '）', ['('] = ')', ['【'] = '】', ['《'] = '》', ['〔'] = '〕',
    }.ToFrozenDictionary();

    public string Name => ScreeningRuleNames.EmptyBrackets;

    public IEnumerable<ScreeningHit> Inspect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!Closers.TryGetValue(text[i], out var closer) || IsCodeCall(text, i))
            {
                continue;
            }

            var j = i + 1;
            while (j < text.Length && IsFiller(text[j]))
            {
                j++;
            }

            if (j < text.Length && text[j] == closer)
            {
                yield return Hit(text, i, j - i + 1);
                i = j;
            }
        }
    }

    private static bool IsFiller(char c) => c is ' ' or '\u3000' or '\t' or '*' or '＊' or '×';

    private static bool IsCodeCall(string text, int i) =>
        text[i] == '(' && (TextFolding.IsLatinLetterOrDigit(Hanzi.At(text, i - 1)) || Hanzi.At(text, i - 1) == '_');

    private static ScreeningHit Hit(string text, int start, int length)
    {
        var match = text.Substring(start, length);
        return new ScreeningHit(
            ScreeningRuleNames.EmptyBrackets,
            match,
            ScreeningSeverity.Block,
            start,
            length,
            $"括号内容缺失「{match}」，请补全或删除。Empty brackets: content missing.");
    }
}
