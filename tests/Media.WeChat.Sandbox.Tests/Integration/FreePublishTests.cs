using System.Text.Json;
using Media.WeChat.Sandbox.State;
using Media.WeChat.Sandbox.Tests.Infrastructure;

namespace Media.WeChat.Sandbox.Tests.Integration;

public sealed class FreePublishTests
{
    private static async Task<JsonElement> SubmitAsync(SandboxHarness h, string draftId) =>
        await h.CallAsync("freepublish/submit", $$"""{"media_id":"{{draftId}}"}""");

    private static async Task<JsonElement> GetAsync(SandboxHarness h, JsonElement publishId) =>
        await h.CallAsync("freepublish/get", $$"""{"publish_id":{{publishId.GetRawText()}}}""");

    [Fact]
    public async Task FreepublishGet_ReportsSuccessWithArticleUrls_WhenDelayHasPassed()
    {
        await using var h = await SandboxHarness.StartAsync();
        var draftId = await h.AddDraftAsync("一", "二");

        var submitted = await SubmitAsync(h, draftId);
        var publishId = submitted.GetProperty("publish_id");
        var during = await GetAsync(h, publishId);
        h.Clock!.Advance(h.Sandbox.State.Options.PublishDelay);
        var done = await GetAsync(h, publishId);

        Assert.Equal(0, submitted.GetProperty("errcode").GetInt32());
        Assert.Equal(1, during.GetProperty("publish_status").GetInt32());
        Assert.Equal(0, done.GetProperty("publish_status").GetInt32());
        Assert.Matches("^[A-Za-z0-9_-]{43}$", done.GetProperty("article_id").GetString());
        var items = done.GetProperty("article_detail").GetProperty("item").EnumerateArray().ToList();
        Assert.Equal([1, 2], items.Select(i => i.GetProperty("idx").GetInt32()));
        Assert.All(items, i => Assert.StartsWith("http://mp.weixin.qq.com/s/", i.GetProperty("article_url").GetString()));
        Assert.Empty(h.Sandbox.State.Drafts.All);
    }

    [Theory]
    [InlineData(false, JsonValueKind.Number)]
    [InlineData(true, JsonValueKind.String)]
    public async Task FreepublishSubmit_EmitsPublishIdKind_WhenConfigured(bool asString, JsonValueKind kind)
    {
        await using var h = await SandboxHarness.StartAsync(o => o.PublishIdAsString = asString);
        var draftId = await h.AddDraftAsync("稿");

        var submitted = await SubmitAsync(h, draftId);
        var polled = await GetAsync(h, submitted.GetProperty("publish_id"));

        Assert.Equal(kind, submitted.GetProperty("publish_id").ValueKind);
        Assert.Equal(kind, polled.GetProperty("publish_id").ValueKind);
        Assert.Equal("2247503051", submitted.GetProperty("publish_id").ToString());
    }

    [Fact]
    public async Task FreepublishGet_AcceptsPublishIdAsString_WhenSandboxEmitsNumbers()
    {
        await using var h = await SandboxHarness.StartAsync();
        var submitted = await SubmitAsync(h, await h.AddDraftAsync("稿"));

        var polled = await h.CallAsync("freepublish/get", $$"""{"publish_id":"{{submitted.GetProperty("publish_id")}}"}""");

        Assert.Equal(1, polled.GetProperty("publish_status").GetInt32());
    }

    [Fact]
    public async Task FreepublishGet_SucceedsOnThirdPoll_WhenConfiguredByPolls()
    {
        await using var h = await SandboxHarness.StartAsync(o => o.PublishCompletesOnPoll = 3);
        var publishId = (await SubmitAsync(h, await h.AddDraftAsync("稿"))).GetProperty("publish_id");

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await GetAsync(h, publishId)).GetProperty("publish_status").GetInt32());
        }

        Assert.Equal([1, 1, 0], statuses);
    }

    [Fact]
    public async Task FreepublishGet_ReportsReviewRejectedWithFailIdx_WhenOutcomeQueued()
    {
        await using var h = await SandboxHarness.StartAsync();
        h.Sandbox.State.Publishes.EnqueueOutcome(PublishOutcome.Failed(4, 2));
        var publishId = (await SubmitAsync(h, await h.AddDraftAsync("一", "二"))).GetProperty("publish_id");

        h.Clock!.Advance(TimeSpan.FromMinutes(1));
        var done = await GetAsync(h, publishId);

        Assert.Equal(4, done.GetProperty("publish_status").GetInt32());
        Assert.Equal([2], done.GetProperty("fail_idx").EnumerateArray().Select(e => e.GetInt32()));
        Assert.False(done.TryGetProperty("article_id", out _));
        Assert.Empty(h.Sandbox.State.Drafts.All); // consumed at submit, whatever the outcome
    }

    [Fact]
    public async Task FreepublishSubmit_ConsumesDraft_SoDraftGetBatchgetAndASecondSubmitNoLongerKnowIt()
    {
        await using var h = await SandboxHarness.StartAsync();
        var draftId = await h.AddDraftAsync("被发布的草稿");
        var kept = await h.AddDraftAsync("留在草稿箱的稿");

        var first = await SubmitAsync(h, draftId);
        var second = await SubmitAsync(h, draftId);
        var get = await h.CallAsync("draft/get", $$"""{"media_id":"{{draftId}}"}""");
        var list = await h.CallAsync("draft/batchget", """{"offset":0,"count":20,"no_content":1}""");

        Assert.Equal(0, first.GetProperty("errcode").GetInt32());
        Assert.Equal(40007, second.GetProperty("errcode").GetInt32());
        Assert.Equal(40007, get.GetProperty("errcode").GetInt32());
        Assert.Equal([kept], list.GetProperty("item").EnumerateArray().Select(i => i.GetProperty("media_id").GetString()));
        Assert.Single(h.Sandbox.State.Publishes.All);
    }

    [Fact]
    public async Task FreepublishSubmit_KeepsDraft_WhenRefusedWith48001()
    {
        await using var h = await SandboxHarness.StartAsync(o => o.Accounts[0].Verified = false);
        var draftId = await h.AddDraftAsync("稿");

        await SubmitAsync(h, draftId);
        var get = await h.CallAsync("draft/get", $$"""{"media_id":"{{draftId}}"}""");

        Assert.Equal("稿", get.GetProperty("news_item")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task FreepublishBatchget_ListsSucceededPublishesNewestFirst_WithArticleIdTitlesAndUrls()
    {
        await using var h = await SandboxHarness.StartAsync();
        var older = (await SubmitAsync(h, await h.AddDraftAsync("先发的稿"))).GetProperty("publish_id").GetInt64();
        var newer = (await SubmitAsync(h, await h.AddDraftAsync("后发的稿一", "后发的稿二"))).GetProperty("publish_id").GetInt64();
        var failed = (await SubmitAsync(h, await h.AddDraftAsync("未通过的稿"))).GetProperty("publish_id").GetInt64();
        var olderJob = h.Sandbox.Publishing.Resolve(older, PublishOutcome.Success)!;
        h.Sandbox.Publishing.Resolve(failed, PublishOutcome.Failed(4, 1));
        h.Clock!.Advance(TimeSpan.FromSeconds(1));
        var newerJob = h.Sandbox.Publishing.Resolve(newer, PublishOutcome.Success)!;

        var list = await h.CallAsync("freepublish/batchget", """{"offset":0,"count":20,"no_content":1}""");

        Assert.Equal(2, list.GetProperty("total_count").GetInt32());
        var items = list.GetProperty("item").EnumerateArray().ToList();
        Assert.Equal([newerJob.ArticleId, olderJob.ArticleId], items.Select(i => i.GetProperty("article_id").GetString()));
        var news = items[0].GetProperty("content").GetProperty("news_item").EnumerateArray().ToList();
        Assert.Equal(["后发的稿一", "后发的稿二"], news.Select(n => n.GetProperty("title").GetString()));
        Assert.Equal(newerJob.ArticleUrls, news.Select(n => n.GetProperty("url").GetString()));
        Assert.All(news, n => Assert.False(n.TryGetProperty("content", out _)));
        Assert.Equal(newerJob.FinishedAt!.Value.ToUnixTimeSeconds(), items[0].GetProperty("update_time").GetInt64());
        Assert.False(items[0].TryGetProperty("publish_id", out _));
    }

    [Fact]
    public async Task FreepublishDelete_MarksAllDeletedAndStatusFive_WhenIndexOmitted()
    {
        await using var h = await SandboxHarness.StartAsync();
        var publishId = (await SubmitAsync(h, await h.AddDraftAsync("一", "二"))).GetProperty("publish_id");
        var articleId = h.Sandbox.Publishing.Resolve(publishId.GetInt64(), PublishOutcome.Success)!.ArticleId;

        var deleted = await h.CallAsync("freepublish/delete", $$"""{"article_id":"{{articleId}}"}""");
        var article = await h.CallAsync("freepublish/getarticle", $$"""{"article_id":"{{articleId}}"}""");
        var status = await GetAsync(h, publishId);

        Assert.Equal(0, deleted.GetProperty("errcode").GetInt32());
        Assert.All(article.GetProperty("news_item").EnumerateArray(), i => Assert.True(i.GetProperty("is_deleted").GetBoolean()));
        Assert.Equal(5, status.GetProperty("publish_status").GetInt32());
    }

    [Fact]
    public async Task FreepublishDelete_DeletesOnlyThatArticle_WhenIndexGiven()
    {
        await using var h = await SandboxHarness.StartAsync();
        var publishId = (await SubmitAsync(h, await h.AddDraftAsync("一", "二"))).GetProperty("publish_id");
        var articleId = h.Sandbox.Publishing.Resolve(publishId.GetInt64(), PublishOutcome.Success)!.ArticleId;

        await h.CallAsync("freepublish/delete", $$"""{"article_id":"{{articleId}}","index":2}""");
        var list = await h.CallAsync("freepublish/batchget", """{"offset":0,"count":20,"no_content":1}""");
        var unknown = await h.CallAsync("freepublish/delete", """{"article_id":"nope","index":0}""");

        var items = list.GetProperty("item")[0].GetProperty("content").GetProperty("news_item").EnumerateArray();
        Assert.Equal([false, true], items.Select(i => i.GetProperty("is_deleted").GetBoolean()));
        Assert.Equal(53600, unknown.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task FreepublishGet_Returns53502_WhenPublishIdUnknown()
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await h.CallAsync("freepublish/get", """{"publish_id":"100000001"}""");

        Assert.Equal(53502, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task FreepublishSubmit_Returns48001_WhenAccountUnverified()
    {
        await using var h = await SandboxHarness.StartAsync(o => o.Accounts[0].Verified = false);

        var reply = await SubmitAsync(h, await h.AddDraftAsync("稿"));

        Assert.Equal(48001, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task FreepublishSubmit_Returns40007_WhenDraftUnknown()
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await SubmitAsync(h, "no-such-draft");

        Assert.Equal(40007, reply.GetProperty("errcode").GetInt32());
    }
}
