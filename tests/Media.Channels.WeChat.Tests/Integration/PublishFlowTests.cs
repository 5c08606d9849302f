using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Articles;
using Media.Channels.WeChat.Tests.Infrastructure;
using Media.WeChat.Sandbox.State;

namespace Media.Channels.WeChat.Tests.Integration;

public sealed class PublishFlowTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string ArticleHtml =
        "<h2 class=\"lead\">春耕</h2><p>全县<strong>春耕</strong>生产“有序”推进 &amp; 增收😀。</p>" +
        "<figure><img src=\"https://county.example.cn/media/a.png\" alt=\"田间\"><figcaption>田间</figcaption></figure>" +
        "<p><a href=\"https://www.gov.cn/zhengce/\">政策原文</a></p><script>alert(1)</script>";

    [Fact]
    public async Task Publish_RunsEveryStepAgainstSandbox_WhenAllStepsSucceed()
    {
        using var host = new ClientHost();
        var client = host.Client;
        var account = fixture.Account;
        var first = host.Converter.Convert(ArticleHtml, new Dictionary<string, string>());
        var image = await client.UploadContentImageAsync(account, new WeChatImageFile("a.png", TestImages.Png(2048)), CancellationToken.None);
        var content = host.Converter.Convert(ArticleHtml, new Dictionary<string, string> { [first.ImagesToUpload[0]] = image.Url });
        var cover = await client.AddImageMaterialAsync(account, new WeChatImageFile("cover.jpg", TestImages.Jpeg(8192)),
            WeChatMaterialType.Thumb, CancellationToken.None);
        var article = Publishing.Article("全县春耕生产有序推进😀", content.Content, cover.MediaId);
        Assert.False(WeChatArticleCheck.Check(article).Any);

        var draft = await client.AddDraftAsync(account, [article], CancellationToken.None);
        var submission = await client.SubmitPublishAsync(account, draft.MediaId, CancellationToken.None);
        var publishing = await client.GetPublishStatusAsync(account, submission.PublishId, CancellationToken.None);
        var published = await client.GetPublishStatusAsync(account, submission.PublishId, CancellationToken.None);
        await client.DeletePublishedAsync(account, published.ArticleId!, 0, CancellationToken.None);
        var deleted = await client.GetPublishStatusAsync(account, submission.PublishId, CancellationToken.None);

        var job = fixture.Sandbox.State.Publishes.Find(long.Parse(submission.PublishId, System.Globalization.CultureInfo.InvariantCulture))!;
        Assert.Equal(["https://county.example.cn/media/a.png"], first.ImagesToUpload);
        Assert.True(content.IsComplete);
        Assert.StartsWith("http://mmbiz.qpic.cn/", image.Url, StringComparison.Ordinal);
        Assert.Contains($"src=\"{image.Url}\"", job.Articles[0].Content, StringComparison.Ordinal);
        Assert.Equal(cover.MediaId, job.Articles[0].ThumbMediaId);
        Assert.Equal(WeChatPublishState.Publishing, publishing.State);
        Assert.Equal((WeChatPublishState.Succeeded, job.ArticleId), (published.State, published.ArticleId));
        Assert.Equal(job.ArticleUrls, published.Articles.Select(a => a.Url));
        Assert.Equal([1], published.Articles.Select(a => a.Index));
        Assert.Equal(WeChatPublishState.Deleted, deleted.State);
        Assert.Equal(job.MsgDataId, submission.MsgDataId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SubmitPublish_ReadsPublishId_WhenWeChatSendsNumberOrString(bool asString)
    {
        using var host = new ClientHost();
        var draft = await Publishing.AddDraftAsync(host.Client, fixture.Account);
        fixture.Sandbox.State.PublishIdAsString = asString;
        try
        {
            var submission = await host.Client.SubmitPublishAsync(fixture.Account, draft.MediaId, CancellationToken.None);
            var status = await Publishing.WaitAsync(host.Client, fixture.Account, submission.PublishId);

            var submitReply = fixture.Sandbox.State.Publishes.All[^1];
            Assert.Equal(submitReply.PublishId.ToString(System.Globalization.CultureInfo.InvariantCulture), submission.PublishId);
            Assert.Equal(submission.PublishId, status.PublishId);
            Assert.Equal(WeChatPublishState.Succeeded, status.State);
        }
        finally
        {
            fixture.Sandbox.State.PublishIdAsString = false;
        }
    }

    [Fact]
    public async Task GetPublishStatus_ReportsFailedArticles_WhenReviewRejects()
    {
        using var host = new ClientHost();
        var draft = await Publishing.AddDraftAsync(host.Client, fixture.Account);
        fixture.Sandbox.State.Publishes.EnqueueOutcome(PublishOutcome.Failed(4, 1));

        var submission = await host.Client.SubmitPublishAsync(fixture.Account, draft.MediaId, CancellationToken.None);
        var status = await Publishing.WaitAsync(host.Client, fixture.Account, submission.PublishId);

        Assert.Equal((WeChatPublishState.ReviewRejected, 4), (status.State, status.RawStatus));
        Assert.True(status.IsFailure);
        Assert.Equal([1], status.FailIdx);
        Assert.Null(status.ArticleId);
    }

    [Fact]
    public async Task RecordedBodies_HaveNoUnicodeEscapes_WhenArticleHasChineseHtmlAndEmoji()
    {
        using var host = new ClientHost();
        var before = fixture.Sandbox.State.Calls.All.Count;
        var html = host.Converter.Convert("<p>“县里”的新闻 &lt;速报&gt; 😀 'quote' \"double\"</p>", new Dictionary<string, string>()).Content;

        var draft = await Publishing.AddDraftAsync(host.Client, fixture.Account, "县里新闻😀<速报>", html);
        await host.Client.SubmitPublishAsync(fixture.Account, draft.MediaId, CancellationToken.None);

        var calls = fixture.Sandbox.State.Calls.All.Skip(before).Where(c => c.Body is not null).ToList();
        var draftBody = calls.Single(c => c.Endpoint == "draft/add").Body!;
        Assert.Contains(calls, c => c.Endpoint == "stable_token");
        Assert.All(calls, c => Assert.False(c.ContainsUnicodeEscapes, $"{c.Endpoint}: {c.Body}"));
        Assert.Contains("\"title\":\"县里新闻😀<速报>\"", draftBody, StringComparison.Ordinal);
        Assert.Contains("<p style=", draftBody, StringComparison.Ordinal);
        Assert.Contains("\\\"double\\\"", draftBody, StringComparison.Ordinal);
    }
}
