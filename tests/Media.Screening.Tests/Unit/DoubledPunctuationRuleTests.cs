namespace Media.Screening.Tests.Unit;

public class DoubledPunctuationRuleTests
{
    private readonly DoubledPunctuationRule rule = new();

    [Theory]
    [InlineData("今天，，天气很好", "，，")]
    [InlineData("会议结束。。", "。。")]
    [InlineData("苹果、、香蕉", "、、")]
    [InlineData("他说；；", "；；")]
    [InlineData("如下：：", "：：")]
    [InlineData("结束了，。", "，。")]
    [InlineData("然后。。。", "。。。")]
    [InlineData("a,,b", ",,")]
    public void Inspect_WarnsAboutRun_WhenPauseOrStopMarkRepeats(string text, string match)
    {
        var hit = Assert.Single(rule.Inspect(text));

        Assert.Equal(ScreeningRuleNames.DoubledPunctuation, hit.Rule);
        Assert.Equal(ScreeningSeverity.Warn, hit.Severity);
        Assert.Equal(match, hit.Match);
        Assert.Equal(text.IndexOf(match, StringComparison.Ordinal), hit.Start);
    }

    [Theory]
    [InlineData("他沉默了……")]
    [InlineData("东风水库——全县第一座中型水库")]
    [InlineData("真的吗？！")]
    [InlineData("太好了！！")]
    [InlineData("为什么？？")]
    [InlineData("Wait...")]
    [InlineData("10:30开会，地点：会议室。")]
    [InlineData("他说：“好。”")]
    public void Inspect_ReportsNothing_WhenPunctuationIsCorrect(string text)
    {
        Assert.Empty(rule.Inspect(text));
    }
}
