namespace Media.Screening.Tests.Unit;

public class PinyinArtefactRuleTests
{
    private readonly PinyinArtefactRule rule = new();

    [Theory]
    [InlineData("意识形態(tài)工作", "態(tài)")]
    [InlineData("指導(dǎo)思想", "導(dǎo)")]
    [InlineData("建設(shè)美丽乡村", "設(shè)")]
    [InlineData("網(wǎng)络", "網(wǎng)")]
    [InlineData("绿(lǜ)色", "绿(lǜ)")]
    [InlineData("发展（zhan）", "展（zhan）")]
    [InlineData("创(chuang)新", "创(chuang)")]
    public void Inspect_BlocksAnnotation_WhenPinyinFollowsCharacter(string text, string match)
    {
        var hit = Assert.Single(rule.Inspect(text));

        Assert.Equal(ScreeningRuleNames.PinyinArtefact, hit.Rule);
        Assert.Equal(ScreeningSeverity.Block, hit.Severity);
        Assert.Equal(match, hit.Match);
        Assert.Equal(text.IndexOf(match, StringComparison.Ordinal), hit.Start);
    }

    [Theory]
    [InlineData("黨w(黨組)")]
    [InlineData("地区生产总值(GDP)")]
    [InlineData("方案(a)和方案(b)")]
    [InlineData("面积(km)")]
    [InlineData("使用微信(wechat)")]
    [InlineData("苹果 (apple)")]
    [InlineData("Xi(tài)")]
    [InlineData("共10(cm)")]
    [InlineData("发展(fazhan)")]
    public void Inspect_ReportsNothing_WhenBracketsHoldNoPinyinAfterCharacter(string text)
    {
        Assert.Empty(rule.Inspect(text));
    }
}
