namespace Media.Screening.Tests.Unit;

public class MixedScriptRuleTests
{
    private readonly MixedScriptRule rule = new(ChineseScriptTable.LoadEmbedded());

    [Fact]
    public void Inspect_WarnsAtTraditionalCharacters_WhenTextIsMostlySimplified()
    {
        const string text = "全县意识形態工作会议在这里召开，们都来了。";

        var hit = Assert.Single(rule.Inspect(text));

        Assert.Equal(ScreeningRuleNames.MixedScript, hit.Rule);
        Assert.Equal(ScreeningSeverity.Warn, hit.Severity);
        Assert.Equal("態", hit.Match);
        Assert.Equal(5, hit.Start);
        Assert.Contains("态", hit.Message);
    }

    [Fact]
    public void Inspect_WarnsAtSimplifiedCharacters_WhenTextIsMostlyTraditional()
    {
        const string text = "全縣意識形態工作會议在這裡召開。";

        var hit = Assert.Single(rule.Inspect(text));

        Assert.Equal("议", hit.Match);
        Assert.Contains("議", hit.Message);
    }

    [Fact]
    public void Inspect_GroupsAdjacentCharacters_WhenStrayRunIsLonger()
    {
        const string text = "我们这个县的发展很快，学習貫徹会议精神，这是我们的经验。";

        var hit = Assert.Single(rule.Inspect(text));

        Assert.Equal("習貫徹", hit.Match);
        Assert.Equal(text.IndexOf("習貫徹", StringComparison.Ordinal), hit.Start);
    }

    [Theory]
    [InlineData("我们这个县的发展很快，学习贯彻会议精神。")]
    [InlineData("我們這個縣的發展很快，學習貫徹會議精神。")]
    [InlineData("干部们以后着重抓好乾坤湾景区的建设。")]
    [InlineData("Hello, world 2024")]
    public void Inspect_ReportsNothing_WhenTextUsesOneScript(string text)
    {
        Assert.Empty(rule.Inspect(text));
    }

    [Fact]
    public void LoadEmbedded_KnowsBothScripts_WhenDataFilesAreEmbedded()
    {
        var table = ChineseScriptTable.LoadEmbedded();

        Assert.True(table.IsTraditionalOnly('們', out var simplified));
        Assert.Equal('们', simplified);
        Assert.True(table.IsSimplifiedOnly('们', out var traditional));
        Assert.Equal('們', traditional);
        Assert.False(table.IsTraditionalOnly('后', out _));
        Assert.False(table.IsSimplifiedOnly('干', out _));
    }
}
