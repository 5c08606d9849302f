using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Tests.Infrastructure;
using Media.WeChat.Sandbox.Faults;
using Media.WeChat.Sandbox.State;

namespace Media.Channels.WeChat.Tests.Delivery;

/// <summary>The wechat sender against the sandbox over real HTTP, with the progress kept as the outbox would keep it.</summary>
public sealed class WeChatChannelSenderTests : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly SandboxFixture fixture;
    private readonly LibraryFiles _library = new();
    private readonly ClientHost _host;

    public WeChatChannelSenderTests(SandboxFixture fixture)
    {
        this.fixture = fixture;
        _host = new ClientHost(media: _library);
    }

    [Fact]
    public async Task Publish_EndsDoneWithArticleUrl_WhenEveryStepSucceeds()
    {
        var image = _library.Add(TestImages.Jpeg(200_000));
        var cover = _library.Add(TestImages.Jpeg(50_000));
        var article = new ArticleBuilder().WithBody($"<p>田间</p><img src=\"{image.WebpUrl}\" alt=\"田间\">").WithCover(cover.MediaId).Build();
        var record = new DeliveryRecord(fixture.Account, article);

        var step = await SenderRun.PublishUntilSettledAsync(_host.Sender, record);

        var job = PublishOf(record);
        Assert.Equal(DeliveryStepOutcome.Done, step.Outcome);
        Assert.Equal((job.ArticleId, job.ArticleUrls[0]), (step.ExternalId, step.ExternalUrl));
        Assert.Equal([WeChatProgressKeys.Image(image.WebpUrl), "thumbMediaId", "draftIdentity", "draftAddSentAt", "draftMediaId", "submitSentAt", "publishId",
            "articleUrl", "articleId"], record.SavedKeys);
        Assert.Contains($"src=\"{record.Progress[WeChatProgressKeys.Image(image.WebpUrl)]}\"", job.Articles[0].Content, StringComparison.Ordinal);
        Assert.Equal(record.Progress["thumbMediaId"], job.Articles[0].ThumbMediaId);
        Assert.Equal(DeliveryRecord.PublicBaseUrl + article.Url, job.Articles[0].ContentSourceUrl);
        Assert.Equal(article.Summary, job.Articles[0].Digest);
        Assert.Equal([image.JpegUrl], _library.RequestedUrls);
    }

    [Fact]
    public async Task Publish_ContinuesWithOneDraftAndOnePublish_WhenCrashedRightAfterSavingDraft()
    {
        var record = new DeliveryRecord(fixture.Account, WithImageAndCover("进程在草稿保存后中断"));
        record.CrashAfterSaving = WeChatProgressKeys.DraftMediaId;
        var before = fixture.Sandbox.State.Calls.CountsByEndpoint();

        await Assert.ThrowsAsync<SimulatedCrashException>(() => _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None));
        var step = await SenderRun.PublishUntilSettledAsync(_host.Sender, record);

        Assert.Equal(DeliveryStepOutcome.Done, step.Outcome);
        Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.DraftMediaId == record.Progress["draftMediaId"]);
        Assert.Equal(1, CallsSince(before, "draft/add"));
        Assert.Equal(1, CallsSince(before, "freepublish/submit"));
        Assert.Equal(1, CallsSince(before, "media/uploadimg"));
        Assert.Equal(1, CallsSince(before, "material/add_material"));
    }

    [Fact]
    public async Task Publish_RefreshesTokenAndAddsOneDraft_When42001OnDraftAdd()
    {
        var record = new DeliveryRecord(fixture.Account, WithImageAndCover("令牌过期后重试"));
        var before = fixture.Sandbox.State.Calls.CountsByEndpoint();
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("draft/add", 42001));

        var step = await SenderRun.PublishUntilSettledAsync(_host.Sender, record);

        Assert.Equal(DeliveryStepOutcome.Done, step.Outcome);
        Assert.Equal(2, CallsSince(before, "draft/add"));
        Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.Articles[0].Title == "令牌过期后重试");
    }

    [Fact]
    public async Task Publish_Retries_When42001PersistsAfterRefresh()
    {
        var record = new DeliveryRecord(fixture.Account, WithImageAndCover("令牌一直无效"));
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("draft/add", 42001, times: 2));

        var step = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, step.Outcome);
        Assert.Contains("42001", step.Error, StringComparison.Ordinal);
        Assert.False(record.Progress.ContainsKey("draftMediaId"));
        Assert.True(record.Progress.ContainsKey("thumbMediaId"));
    }

    [Fact]
    public async Task Publish_IsRateLimitedThenSubmitsSameDraft_When45009OnSubmit()
    {
        var record = new DeliveryRecord(fixture.Account, WithImageAndCover("今日额度已用完"));
        var before = fixture.Sandbox.State.Calls.CountsByEndpoint();
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("freepublish/submit", 45009));

        var limited = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);
        var step = await SenderRun.PublishUntilSettledAsync(_host.Sender, record);

        Assert.Equal(DeliveryStepOutcome.RateLimited, limited.Outcome);
        Assert.InRange(limited.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(24));
        Assert.Contains("45009", limited.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryStepOutcome.Done, step.Outcome);
        Assert.Equal(1, CallsSince(before, "draft/add"));
    }

    [Fact]
    public async Task Publish_FailsWithoutSendingAnything_WhenTitleTooLong()
    {
        var title = new string('县', 40);
        var record = new DeliveryRecord(fixture.Account, new ArticleBuilder().WithTitle(title).WithCover(_library.Add(TestImages.Jpeg(9000)).MediaId).Build());
        var calls = fixture.Sandbox.State.Calls.All.Count;

        var step = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Failed, step.Outcome);
        Assert.Contains("标题最多 32 个字，现有 40 个字，请删减 8 个字", step.Error, StringComparison.Ordinal);
        Assert.Equal(calls, fixture.Sandbox.State.Calls.All.Count);
        Assert.Empty(record.SavedKeys);
    }

    [Fact]
    public async Task Publish_FailsAskingForCover_WhenArticleHasNone()
    {
        var record = new DeliveryRecord(fixture.Account, new ArticleBuilder().WithCover(null).Build());
        var calls = fixture.Sandbox.State.Calls.All.Count;

        var step = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Failed, step.Outcome);
        Assert.Contains("必须有封面图片", step.Error, StringComparison.Ordinal);
        Assert.Equal(calls, fixture.Sandbox.State.Calls.All.Count);
    }

    [Fact]
    public async Task Publish_FailsNamingTheImage_WhenBodyHasImageFromAnotherSite()
    {
        var ours = _library.Add(TestImages.Jpeg(9000));
        var article = new ArticleBuilder().WithCover(ours.MediaId)
            .WithBody($"<img src=\"{ours.WebpUrl}\"><img src=\"https://other.example.com/x.png\">").Build();
        var record = new DeliveryRecord(fixture.Account, article);
        var calls = fixture.Sandbox.State.Calls.All.Count;

        var step = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Failed, step.Outcome);
        Assert.Contains("1 张图片不在本站媒体库中（https://other.example.com/x.png）", step.Error, StringComparison.Ordinal);
        Assert.Equal(calls, fixture.Sandbox.State.Calls.All.Count);
    }

    [Fact]
    public async Task Publish_ShortensDigestTo128_WhenSummaryIsLonger()
    {
        var article = new ArticleBuilder().WithTitle("摘要过长的稿件").WithSummary(new string('摘', 200))
            .WithCover(_library.Add(TestImages.Jpeg(9000)).MediaId).Build();
        var record = new DeliveryRecord(fixture.Account, article);

        var step = await SenderRun.PublishUntilSettledAsync(_host.Sender, record);

        Assert.Equal(DeliveryStepOutcome.Done, step.Outcome);
        Assert.Equal(new string('摘', 127) + "…", PublishOf(record).Articles[0].Digest);
    }

    [Fact]
    public async Task Publish_FailsWithReason_WhenPlatformReviewRejects()
    {
        var record = new DeliveryRecord(fixture.Account, WithImageAndCover("审核不通过的稿件"));
        fixture.Sandbox.State.Publishes.EnqueueOutcome(PublishOutcome.Failed(4, 1));

        var step = await SenderRun.PublishUntilSettledAsync(_host.Sender, record);

        Assert.Equal(DeliveryStepOutcome.Failed, step.Outcome);
        Assert.Contains("未通过微信平台审核", step.Error, StringComparison.Ordinal);
        Assert.False(record.Progress.ContainsKey("articleId"));
    }

    [Fact]
    public async Task Retract_DeletesPublishedArticle_WhenPublished()
    {
        var record = new DeliveryRecord(fixture.Account, WithImageAndCover("将被撤回的稿件"));
        await SenderRun.PublishUntilSettledAsync(_host.Sender, record);
        var retraction = new DeliveryRecord(fixture.Account, null);
        foreach (var (key, value) in record.Progress) retraction.Seed(key, value);

        var step = await _host.Sender.RetractAsync(retraction.NextAttempt(), CancellationToken.None);

        Assert.Equal((DeliveryStepOutcome.Done, record.Progress["articleId"]), (step.Outcome, step.ExternalId));
        Assert.Equal(5, PublishOf(record).Status);
    }

    [Fact]
    public async Task Retract_IsDone_WhenWeChatSaysArticleAlreadyDeleted()
    {
        var retraction = new DeliveryRecord(fixture.Account, null);
        retraction.Seed(WeChatProgressKeys.ArticleId, "gone-article-id");
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("freepublish/delete", 53600));

        var step = await _host.Sender.RetractAsync(retraction.NextAttempt(), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Done, step.Outcome);
        Assert.Empty(fixture.Sandbox.State.Faults.Pending);
    }

    [Fact]
    public async Task Retract_IsDoneWithoutCalls_WhenNothingWasPublished()
    {
        var calls = fixture.Sandbox.State.Calls.All.Count;

        var step = await _host.Sender.RetractAsync(new DeliveryRecord(fixture.Account, null).NextAttempt(), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Done, step.Outcome);
        Assert.Equal(calls, fixture.Sandbox.State.Calls.All.Count);
    }

    public void Dispose()
    {
        _host.Dispose();
        _library.Dispose();
    }

    private Media.Abstractions.Content.PublishedArticle WithImageAndCover(string title)
    {
        var image = _library.Add(TestImages.Png(4000));
        return new ArticleBuilder().WithTitle(title).WithBody($"<p>{title}</p><p><img src=\"{image.WebpUrl}\"></p>")
            .WithCover(_library.Add(TestImages.Jpeg(9000)).MediaId).Build();
    }

    private SandboxPublish PublishOf(DeliveryRecord record) =>
        fixture.Sandbox.State.Publishes.All.Single(p => p.DraftMediaId == record.Progress[WeChatProgressKeys.DraftMediaId]);

    private int CallsSince(IReadOnlyDictionary<string, int> before, string endpoint) =>
        fixture.Sandbox.State.Calls.Count(endpoint) - before.GetValueOrDefault(endpoint);
}
