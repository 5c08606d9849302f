using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Articles;

namespace Media.Channels.WeChat.Tests.Unit;

/// <summary>The pre-publish checks (docs/wechat.md §16) agree with the send-time limits of <see cref="WeChatArticleCheck"/>.</summary>
public sealed class WeChatReadinessTests
{
    private static readonly ArticlePreviewSource AtLimits = new(Guid.NewGuid(), 3, new string('标', WeChatArticleCheck.MaxTitle), null,
        new string('作', WeChatArticleCheck.MaxAuthor), null, new string('摘', 300), "正文", Guid.NewGuid(), []);

    [Fact]
    public void Check_PassesArticle_AtTheSendTimeLimits_WithALongSummary()
    {
        Assert.Empty(new WeChatReadiness().Check(AtLimits));
    }

    [Fact]
    public void Check_NamesEveryProblem_WithItsFix()
    {
        var problems = new WeChatReadiness().Check(AtLimits with
        {
            CoverMediaId = null,
            Title = "😀" + new string('标', 32),
            Author = new string('作', 17),
            Body = " ",
        });

        Assert.Equal(["cover-missing", "title-too-long", "author-too-long", "content-empty"], problems.Select(p => p.Code));
        Assert.Equal(ReadinessFix.Cover, problems[0].Fix);
        Assert.Contains("现有 33 个字", problems[1].Message, StringComparison.Ordinal);
        var id = Guid.NewGuid();
        Assert.Equal($"/admin/articles/{id}/edit#photos", problems[0].FixUrl(id));
        Assert.Equal($"/admin/articles/{id}/edit", problems[1].FixUrl(id));
    }
}
