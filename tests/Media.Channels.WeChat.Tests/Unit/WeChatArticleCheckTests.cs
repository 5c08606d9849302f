using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Articles;

namespace Media.Channels.WeChat.Tests.Unit;

public sealed class WeChatArticleCheckTests
{
    private static readonly WeChatDraftArticle Valid = new(new string('标', 32), "<p>正文</p>", "thumb-media-id",
        Author: new string('作', 16), Digest: new string('摘', 128), ContentSourceUrl: "https://news.example.gov.cn/a/1");

    [Fact]
    public void Check_PassesArticle_WhenEveryFieldIsAtItsLimit()
    {
        Assert.False(WeChatArticleCheck.Check(Valid).Any);
    }

    [Theory]
    [InlineData("title", 33, "标题最多 32 个字，现有 33 个字，请删减 1 个字。")]
    [InlineData("author", 17, "作者最多 16 个字，现有 17 个字，请删减 1 个字。")]
    [InlineData("digest", 130, "摘要最多 128 个字，现有 130 个字，请删减 2 个字。")]
    public void Check_ReportsFieldWithCounts_WhenTextIsTooLong(string field, int length, string message)
    {
        var text = new string('字', length);
        var article = field switch
        {
            "title" => Valid with { Title = text },
            "author" => Valid with { Author = text },
            _ => Valid with { Digest = text },
        };

        var errors = WeChatArticleCheck.Check(article).ToDictionary();

        Assert.Equal([field], errors.Keys);
        Assert.Equal([message], errors[field]);
    }

    [Fact]
    public void Check_CountsEmojiAsOneCharacter_WhenTitleHasSurrogatePairs()
    {
        var title = new string('标', 31) + "😀";

        Assert.Equal(33, title.Length);
        Assert.False(WeChatArticleCheck.Check(Valid with { Title = title }).Any);
    }

    [Fact]
    public void Check_ReportsContent_WhenItReaches20000Characters()
    {
        var errors = WeChatArticleCheck.Check(Valid with { Content = "<p>" + new string('字', 19_993) + "</p>" }).ToDictionary();

        Assert.Equal(["content"], errors.Keys);
        Assert.Contains("2 万字符", errors["content"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReportsContentSize_WhenItReaches1MB()
    {
        var errors = WeChatArticleCheck.Check(Valid with { Content = new string('a', 1024 * 1024) }).ToDictionary();

        Assert.Contains(errors["content"], m => m.Contains("1MB", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReportsEveryMissingOrBadField_WhenArticleIsEmpty()
    {
        var article = new WeChatDraftArticle(" ", "", "", ContentSourceUrl: "ftp://example.cn/a");

        var errors = WeChatArticleCheck.Check(article).ToDictionary();

        Assert.Equal(["content", "contentSourceUrl", "thumbMediaId", "title"], errors.Keys.Order());
    }
}
