using System.Text.RegularExpressions;

namespace Media.Screening;

/// <summary>
/// Leftovers of a text run through a converter that annotates pinyin: 態(tài), 導(dǎo), 設(shè). A Chinese
/// character directly followed by one bracketed lowercase pinyin syllable. Blocks: the reader would see
/// the annotation. A toneless single letter such as 方案(a) is a list label, not pinyin.
/// </summary>
public sealed partial class PinyinArtefactRule : IProofreadingRule
{
    public string Name => ScreeningRuleNames.PinyinArtefact;

    public IEnumerable<ScreeningHit> Inspect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in AnnotatedCharacter().Matches(text))
        {
            if (PinyinSyllable.IsSyllable(m.Groups["syllable"].Value) && Hanzi.IsIdeograph(m.Value[0]))
            {
                yield return Hit(m);
            }
        }
    }

    [GeneratedRegex(@"[\u3400-\u9FFF\uF900-\uFAFF][(（](?<syllable>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6})[)）]", RegexOptions.CultureInvariant)]
    private static partial Regex AnnotatedCharacter();

    private static ScreeningHit Hit(Match m) => new(
        ScreeningRuleNames.PinyinArtefact,
        m.Value,
        ScreeningSeverity.Block,
        m.Index,
        m.Length,
        $"疑似繁简转换残留的拼音注音「{m.Value}」，请删除括号及拼音。Pinyin conversion artefact.");
}
