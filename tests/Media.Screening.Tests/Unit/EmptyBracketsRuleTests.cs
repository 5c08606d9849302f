namespace Media.Screening.Tests.Unit;

public class EmptyBracketsRuleTests
{
    private readonly EmptyBracketsRule rule = new();

    [Theory]
    [InlineData("为（）营造良好环境", "（）")]
    [InlineData("为()营造良好环境", "()")]
    [InlineData("详见【】栏目", "【】")]
    [InlineData("作品《》获奖", "《》")]
    [InlineData("作品《*》获奖", "《*》")]
    [InlineData("作品《 ＊ 》获奖", "《 ＊ 》")]
    [InlineData("文号〔〕12号", "〔〕")]
    [InlineData("（　）", "（　）")]
    public void Inspect_BlocksBrackets_WhenNothingInside(string text, string match)
    {
        var hit = Assert.Single(rule.Inspect(text));

        Assert.Equal(ScreeningRuleNames.EmptyBrackets, hit.Rule);
        Assert.Equal(ScreeningSeverity.Block, hit.Severity);
        Assert.Equal(match, hit.Match);
        Assert.Equal(text.IndexOf(match, StringComparison.Ordinal), hit.Start);
    }

    [Theory]
    [InlineData("地区生产总值（GDP）增长")]
    [InlineData("作品《平凡的世界》获奖")]
    [InlineData("调用 print() 输出")]
    [InlineData("调用print()输出")]
    [InlineData("（")]
    [InlineData("【通知】")]
    [InlineData("（ 一 ）")]
    public void Inspect_ReportsNothing_WhenBracketsHoldContent(string text)
    {
        Assert.Empty(rule.Inspect(text));
    }
}
