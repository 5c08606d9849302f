using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Tests.Infrastructure;
using Media.WeChat.Sandbox.Faults;
using Media.WeChat.Sandbox.State;
using Microsoft.Extensions.Time.Testing;

namespace Media.Channels.WeChat.Tests.Delivery;

/// <summary>
/// Calls whose answer never arrives although WeChat did the work (docs/wechat.md §12.4): the sender asks WeChat what
/// became of the draft before it repeats anything, so an article is published once and reported as it is.
/// </summary>
public sealed class LostAnswerTests : IClassFixture<SandboxFixture>, IDisposable
{
    private readonly SandboxFixture fixture;
    private readonly LibraryFiles _library = new();
    private readonly ClientHost _host;

    public LostAnswerTests(SandboxFixture fixture)
    {
        this.fixture = fixture;
        _host = new ClientHost(media: _library);
    }

    [Fact]
    public async Task Publish_EndsDoneWithOnePublish_WhenSubmitAnswerLostAfterWeChatAcceptedIt()
    {
        var record = new DeliveryRecord(fixture.Account, Article("提交应答丢失的稿件"));
        var before = fixture.Sandbox.State.Calls.CountsByEndpoint();
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("freepublish/submit"));

        var lost = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);
        var looking = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);
        var job = Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.Articles[0].Title == "提交应答丢失的稿件");
        fixture.Sandbox.Publishing.Resolve(job.PublishId, PublishOutcome.Success);
        var step = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, lost.Outcome);
        Assert.Equal(DeliveryStepOutcome.InProgress, looking.Outcome);
        job = fixture.Sandbox.State.Publishes.Find(job.PublishId)!;
        Assert.Equal((DeliveryStepOutcome.Done, job.ArticleId, job.ArticleUrls[0]), (step.Outcome, step.ExternalId, step.ExternalUrl));
        Assert.Equal(job.ArticleId, record.Progress[WeChatProgressKeys.ArticleId]);
        Assert.False(record.Progress.ContainsKey(WeChatProgressKeys.PublishId));
        Assert.Equal(1, CallsSince(before, "freepublish/submit"));
        Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.Articles[0].Title == "提交应答丢失的稿件");
    }

    [Fact]
    public async Task Publish_FinishesWithoutSecondSubmit_WhenKilledMidSubmitAndRestartedAfterWeChatPublished()
    {
        var record = new DeliveryRecord(fixture.Account, Article("提交途中进程被杀"));
        var before = fixture.Sandbox.State.Calls.CountsByEndpoint();
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("freepublish/submit"));
        using (var killed = new ClientHost(media: _library))
        {
            // The first process sends the submit and dies before any answer: its step is never settled.
            await killed.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);
        }

        Assert.True(record.Progress.ContainsKey(WeChatProgressKeys.SubmitSentAt));
        var job = Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.Articles[0].Title == "提交途中进程被杀");
        fixture.Sandbox.Publishing.Resolve(job.PublishId, PublishOutcome.Success);
        using var restarted = new ClientHost(media: _library);
        var step = await restarted.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);

        Assert.Equal((DeliveryStepOutcome.Done, fixture.Sandbox.State.Publishes.Find(job.PublishId)!.ArticleId), (step.Outcome, step.ExternalId));
        Assert.Equal(1, CallsSince(before, "freepublish/submit"));
        Assert.Equal(1, CallsSince(before, "draft/get"));
        Assert.Equal(1, CallsSince(before, "freepublish/batchget"));
        Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.Articles[0].Title == "提交途中进程被杀");
    }

    [Fact]
    public async Task Publish_SubmitsAgainOnce_WhenSubmitNeverReachedWeChat()
    {
        var record = new DeliveryRecord(fixture.Account, Article("提交未到达微信"));
        var before = fixture.Sandbox.State.Calls.CountsByEndpoint();
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.Dropped("freepublish/submit"));

        var dropped = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);
        var step = await SenderRun.PublishUntilSettledAsync(_host.Sender, record);

        Assert.Equal(DeliveryStepOutcome.Retry, dropped.Outcome);
        Assert.Equal(DeliveryStepOutcome.Done, step.Outcome);
        Assert.Equal(2, CallsSince(before, "freepublish/submit"));
        Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.Articles[0].Title == "提交未到达微信");
    }

    [Fact]
    public async Task Publish_UsesTheDraftWeChatMade_WhenDraftAddAnswerLost()
    {
        var record = new DeliveryRecord(fixture.Account, Article("草稿应答丢失"));
        var before = fixture.Sandbox.State.Calls.CountsByEndpoint();
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("draft/add"));

        var lost = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);
        var made = Assert.Single(fixture.Sandbox.State.Drafts.All, d => d.Articles[0].Title == "草稿应答丢失");
        var step = await SenderRun.PublishUntilSettledAsync(_host.Sender, record);

        Assert.Equal(DeliveryStepOutcome.Retry, lost.Outcome);
        Assert.Equal(DeliveryStepOutcome.Done, step.Outcome);
        Assert.Equal(made.MediaId, record.Progress[WeChatProgressKeys.DraftMediaId]);
        Assert.Equal(1, CallsSince(before, "draft/add"));
        Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.DraftMediaId == made.MediaId);
        Assert.DoesNotContain(fixture.Sandbox.State.Drafts.All, d => d.Articles[0].Title == "草稿应答丢失");
    }

    [Fact]
    public async Task Publish_FailsAndDeletesItsDraft_WhenSubmitRefusedForGood()
    {
        var record = new DeliveryRecord(fixture.Account, Article("未通过发布检查"));
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("freepublish/submit", 53503));

        var step = await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Failed, step.Outcome);
        Assert.Contains("53503", step.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Sandbox.State.Drafts.All, d => d.Articles[0].Title == "未通过发布检查");
        Assert.Contains("draftMediaId", record.SavedKeys);
        Assert.False(record.Progress.ContainsKey(WeChatProgressKeys.SubmitSentAt) && record.Progress[WeChatProgressKeys.SubmitSentAt].Length > 0);
    }

    [Fact]
    public async Task Publish_FailsAskingToCheckTheBackEnd_WhenLostSubmitNeverShowsUpAsPublished()
    {
        // Starts at the real time on purpose: the sandbox stamps publishes with its own clock, and the sender matches a
        // lost submit by update_time within minutes of its clock (docs/wechat.md); only then is time moved on.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new ClientHost(media: _library, time: clock);
        var record = new DeliveryRecord(fixture.Account, Article("发布失败且应答丢失"));
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("freepublish/submit"));

        await host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);
        var job = Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.Articles[0].Title == "发布失败且应答丢失");
        fixture.Sandbox.Publishing.Resolve(job.PublishId, PublishOutcome.Failed(4, 1));
        var looking = await host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(31));
        var step = await host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.InProgress, looking.Outcome);
        Assert.Equal(DeliveryStepOutcome.Failed, step.Outcome);
        Assert.Contains("发表记录", step.Error, StringComparison.Ordinal);
        Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.Articles[0].Title == "发布失败且应答丢失");
    }

    [Fact]
    public async Task Retract_DeletesThePublication_WhenRetractedWhileALostSubmitAnswerWasUnresolved()
    {
        var record = new DeliveryRecord(fixture.Account, Article("应答丢失后撤稿"));
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("freepublish/submit"));
        await _host.Sender.PublishAsync(record.NextAttempt(), CancellationToken.None);
        var job = Assert.Single(fixture.Sandbox.State.Publishes.All, p => p.Articles[0].Title == "应答丢失后撤稿");
        fixture.Sandbox.Publishing.Resolve(job.PublishId, PublishOutcome.Success);
        var retraction = new DeliveryRecord(fixture.Account, null);
        foreach (var (key, value) in record.Progress) retraction.Seed(key, value);

        var step = await _host.Sender.RetractAsync(retraction.NextAttempt(), CancellationToken.None);

        job = fixture.Sandbox.State.Publishes.Find(job.PublishId)!;
        Assert.Equal((DeliveryStepOutcome.Done, job.ArticleId), (step.Outcome, step.ExternalId));
        Assert.Equal(5, job.Status);
    }

    public void Dispose()
    {
        _host.Dispose();
        _library.Dispose();
    }

    private PublishedArticle Article(string title) =>
        new ArticleBuilder().WithTitle(title).WithBody($"<p>{title}</p>").WithCover(_library.Add(TestImages.Jpeg(9000)).MediaId).Build();

    private int CallsSince(IReadOnlyDictionary<string, int> before, string endpoint) =>
        fixture.Sandbox.State.Calls.Count(endpoint) - before.GetValueOrDefault(endpoint);
}
