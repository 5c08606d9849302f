namespace Media.Screening.Tests.Unit;

public class UnbalancedPairsRuleTests
{
    private readonly UnbalancedPairsRule rule = new();

    [Theory]
    [InlineData("他说：“今天开会。", "“", 3)]
    [InlineData("他说：今天开会。”", "”", 8)]
    [InlineData("阅读《平凡的世界", "《", 2)]
    [InlineData("阅读平凡的世界》", "》", 7)]
    [InlineData("地区生产总值（GDP增长", "（", 6)]
    [InlineData("【通知 请查收", "【", 0)]
    [InlineData("“他说‘好”", "‘", 3)]
    [InlineData("前言（正文", "（", 2)]
    [InlineData("前言)正文", ")", 2)]
    public void Inspect_WarnsAtStrayMark_WhenPairIsBroken(string text, string match, int start)
    {
        var hit = Assert.Single(rule.Inspect(text));

        Assert.Equal(ScreeningRuleNames.UnbalancedPairs, hit.Rule);
        Assert.Equal(ScreeningSeverity.Warn, hit.Severity);
        Assert.Equal(match, hit.Match);
        Assert.Equal(start, hit.Start);
        Assert.Equal(1, hit.Length);
    }

    [Theory]
    [InlineData("他说：“老一辈人常讲‘开卷有益’，这话不过时。”")]
    [InlineData("推荐《平凡的世界》《红岩》（第二版）【热销】")]
    [InlineData("西安（Xi’an）和O’Brien")]
    [InlineData("1）加强值班；\n2）开展排查；\n三）转移群众。")]
    [InlineData("「你好」『再见』〔2024〕")]
    [InlineData("(a) 第一项")]
    public void Inspect_ReportsNothing_WhenPairsBalance(string text)
    {
        Assert.Empty(rule.Inspect(text));
    }

    [Fact]
    public void Inspect_ReportsNothing_WhenQuotationSpansParagraphs()
    {
        const string text = "信中写道：\n\n“父亲大人：儿离家已有三年。\n\n“听说家里分到了土地，您常说‘土地是命根子’。\n\n“儿在部队一切都好。”\n档案馆介绍。";

        Assert.Empty(rule.Inspect(text));
    }

    [Fact]
    public void Inspect_WarnsAtOpeningQuote_WhenNextParagraphDoesNotContinueQuotation()
    {
        const string text = "他说：“我们明天出发。\n记者随后赶到现场。";

        var hit = Assert.Single(rule.Inspect(text));

        Assert.Equal(3, hit.Start);
    }

    [Fact]
    public void Inspect_WarnsAtLastParagraph_WhenMultiParagraphQuotationNeverCloses()
    {
        const string text = "“第一段。\n“第二段。";

        var hit = Assert.Single(rule.Inspect(text));

        Assert.Equal(6, hit.Start);
    }

    [Fact]
    public void Inspect_WarnsAtInnerOpener_WhenOuterClosesFirst()
    {
        var hit = Assert.Single(rule.Inspect("“阅读《红岩”后"));

        Assert.Equal("《", hit.Match);
        Assert.Equal(3, hit.Start);
    }
}
