namespace Media.Screening.Tests.Unit;

public class PlaceholderRuleTests
{
    private readonly PlaceholderRule rule = new();

    [Theory]
    [InlineData("××同志出席会议。", "××")]
    [InlineData("XX县人民政府", "XX")]
    [InlineData("关于xx的通知", "xx")]
    [InlineData("由ＸＸＸ负责", "ＸＸＸ")]
    [InlineData("XX年XX月", "XX")]
    [InlineData("以*思想为指导", "*")]
    [InlineData("获奖作品《*》", "*")]
    [InlineData("发稿*余篇", "*")]
    [InlineData("共有3*人参加", "*")]
    [InlineData("来**考察", "**")]
    [InlineData("地点：＊＊镇", "＊＊")]
    [InlineData("![植树](/media/ab/article.jpg)\n*图为植树现场*", "*")] // the photo panel's former caption form
    public void Inspect_BlocksMask_WhenPlaceholderLeftIn(string text, string mask)
    {
        var hit = rule.Inspect(text).First();

        Assert.Equal(ScreeningRuleNames.Placeholder, hit.Rule);
        Assert.Equal(ScreeningSeverity.Block, hit.Severity);
        Assert.Equal(mask, hit.Match);
        Assert.Equal(text.IndexOf(mask, StringComparison.Ordinal), hit.Start);
    }

    [Theory]
    [InlineData("这件T恤是XXL码的。")]
    [InlineData("美国埃克森美孚（Exxon Mobil）公司")]
    [InlineData("He watched Super Bowl XX on TV.")]
    [InlineData("X光检查显示一切正常。")]
    [InlineData("面积为3×4米。")]
    [InlineData("这是**重要**通知，请**务必**参加。")]
    [InlineData("* 第一项\n* 第二项")]
    [InlineData("***")]
    [InlineData("计算 2*3=6")]
    [InlineData("xxx@example.com")]
    [InlineData("![志愿者在城北栽种银杏](/media/ab/article.jpg)\n图为城北生态林基地，志愿者正在栽种银杏。")] // the photo panel's caption
    public void Inspect_ReportsNothing_WhenNoPlaceholder(string text)
    {
        Assert.Empty(rule.Inspect(text));
    }

    [Fact]
    public void Inspect_ReportsEachMask_WhenSeveralInOneSentence()
    {
        var hits = rule.Inspect("来*来*考察").ToList();

        Assert.Equal([1, 3], hits.Select(h => h.Start));
    }
}
