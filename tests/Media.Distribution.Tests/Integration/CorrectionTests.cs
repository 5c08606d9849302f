using System.Net;
using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Distribution.Tests.Integration;

/// <summary>更正 over the API (docs/lifecycle.md §4): a piece published to the site, WeChat and the app is corrected
/// through the full review while the published version stays live; publishing the correction redelivers it to the
/// site and the app, WeChat says plainly it cannot change a published article, and the audit trail holds the old and
/// new content hashes.</summary>
public abstract class CorrectionTests(MediaAppFactory app) : IAsyncLifetime
{
    private const string Note = "库容数字有误：应为 1.5 万吨，不是 1.2 万吨。";
    private readonly Newsroom newsroom = new(app);
    private ChannelRig rig = null!;

    public async Task InitializeAsync() => rig = await ChannelRig.StartAsync();

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task Correction_RunsThroughReview_WhileTheOriginalStaysLive_ThenReplacesItOnWebAndApp()
    {
        var (wechat, appChannel) = await rig.ChannelsAsync(newsroom);
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var original = await CoveredArticleAsync(reporter, "县里新建三座冷链仓库", "三座冷链仓库总库容达到 1.2 万吨。");
        var (signed, leader) = await SignOffPath.SignOffAsync(newsroom, reporter, original);
        var id = signed.GetProperty("id").GetGuid();
        var originalHash = signed.GetProperty("contentHash").GetString()!;
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat, appChannel } }, 202);
        await DeliveryPolling.UntilAllAsync(leader, id, "delivered");
        var firstWebhook = Assert.Single(await rig.Receiver.WaitForAsync(1, TimeSpan.FromSeconds(10)));

        await reporter.PostJsonAsync($"/api/articles/{id}/corrections", new { note = " " }, 422);
        var opened = await reporter.PostJsonAsync($"/api/articles/{id}/corrections", new { note = Note }, 201);
        Assert.Equal("correcting", opened.GetProperty("status").GetString());
        Assert.Equal(2, opened.GetProperty("version").GetInt32());
        Assert.Equal(originalHash, opened.GetProperty("contentHash").GetString()); // a copy of the published version
        Assert.Equal(Note, opened.GetProperty("correction").GetProperty("note").GetString());
        Assert.Equal(1, opened.GetProperty("correction").GetProperty("ofVersion").GetInt32());
        await reporter.PostJsonAsync($"/api/articles/{id}/corrections", new { note = "再开一个" }, 409);

        var edited = await EditAsync(reporter, id, 2, "三座冷链仓库总库容达到 1.5 万吨。");
        Assert.Contains("1.2 万吨", await PublicBodyAsync(id)); // still the published version
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 409); // not signed off

        var (resigned, secondLeader) = await SignOffPath.SignOffAsync(newsroom, reporter, edited);
        Assert.Equal("approved", resigned.GetProperty("status").GetString());
        Assert.Contains("1.2 万吨", await PublicBodyAsync(id));

        var published = await secondLeader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat, appChannel } }, 202);
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Equal(3, published.GetProperty("publishedVersion").GetInt32());
        var deliveries = await DeliveryPolling.UntilAllAsync(leader, id, "delivered", "not_supported");

        var atWeChat = deliveries.EnumerateArray().Single(d => d.GetProperty("channelType").GetString() == "wechat");
        Assert.Equal("not_supported", atWeChat.GetProperty("state").GetString());
        Assert.Contains("cannot be changed", atWeChat.GetProperty("lastError").GetString());
        Assert.Equal(1, rig.Sandbox.State.Calls.Count("freepublish/submit")); // WeChat was not asked to publish twice
        Assert.All(deliveries.EnumerateArray().Where(d => d.GetProperty("channelType").GetString() != "wechat"),
            d => Assert.Equal("delivered", d.GetProperty("state").GetString()));

        var updated = (await rig.Receiver.WaitForAsync(2, TimeSpan.FromSeconds(10))).Last();
        Assert.Equal("article.updated", updated.Event);
        Assert.True(updated.SignatureValid);
        Assert.Equal(3, updated.Json.GetProperty("version").GetInt32()); // the app fetches the corrected version
        Assert.NotEqual(firstWebhook.DeliveryId, updated.DeliveryId); // a new event, not a retry of the first
        Assert.Contains("1.5 万吨", await PublicBodyAsync(id));

        var trail = await leader.GetJsonAsync($"/api/articles/{id}/audit");
        var openedEntry = Entry(trail, "correction.opened");
        Assert.Equal(originalHash, openedEntry.GetProperty("data").GetProperty("oldContentHash").GetString());
        var publishedEntry = Entry(trail, "correction.published");
        Assert.Equal(originalHash, publishedEntry.GetProperty("data").GetProperty("oldContentHash").GetString());
        Assert.Equal(resigned.GetProperty("contentHash").GetString(), publishedEntry.GetProperty("contentHash").GetString());
        Assert.Equal(3, publishedEntry.GetProperty("version").GetInt32());
        Assert.Contains(trail.EnumerateArray(), e => e.GetProperty("action").GetString() == "review.signed-off" && e.GetProperty("version").GetInt32() == 3);
    }

    [Fact]
    public async Task Retracting_DuringACorrection_TakesThePieceDownEverywhere()
    {
        var (wechat, appChannel) = await rig.ChannelsAsync(newsroom);
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var (signed, leader) = await SignOffPath.SignOffAsync(newsroom, reporter, await CoveredArticleAsync(reporter, "县城新增两条公交线路", "新增 8 路和 9 路公交。"));
        var id = signed.GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat, appChannel } }, 202);
        await DeliveryPolling.UntilAllAsync(leader, id, "delivered");
        await reporter.PostJsonAsync($"/api/articles/{id}/corrections", new { note = "线路编号有误" }, 201);

        var retracted = await leader.PostJsonAsync($"/api/articles/{id}/retract", new { reason = "线路暂缓开通" }, 202);

        Assert.Equal("retracted", retracted.GetProperty("status").GetString());
        await DeliveryPolling.UntilAllAsync(leader, id, "retracted");
        Assert.Equal(1, rig.Sandbox.State.Calls.Count("freepublish/delete"));
        Assert.Equal(HttpStatusCode.Gone, (await app.CreateClient().GetAsync($"/api/public/articles/{id}")).StatusCode);
    }

    [Fact]
    public async Task OnlyAPublishedArticle_CanBeCorrected()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var draft = await Newsroom.ArticleAsync(reporter, await newsroom.ColumnAsync());

        var refused = await reporter.PostJsonAsync($"/api/articles/{draft.GetProperty("id").GetGuid()}/corrections", new { note = "更正" }, 409);

        Assert.Contains("draft", refused.GetProperty("detail").GetString());
    }

    /// <summary>A new article with a cover photo, which WeChat requires.</summary>
    private async Task<JsonElement> CoveredArticleAsync(MediaClient author, string title, string body) =>
        await author.PostJsonAsync("/api/articles", new
        {
            columnId = await newsroom.ColumnAsync(), title, body, coverMediaId = await TestImages.UploadCoverAsync(author),
        }, 201);

    private static async Task<JsonElement> EditAsync(MediaClient author, Guid id, int version, string body)
    {
        var current = await author.GetJsonAsync($"/api/articles/{id}");
        var response = await author.PutAsync($"/api/articles/{id}", new
        {
            columnId = current.GetProperty("columnId").GetGuid(),
            title = current.GetProperty("title").GetString(),
            body,
            coverMediaId = current.GetProperty("coverMediaId").GetGuid(),
        }, $"\"{version}\"");
        return await MediaClient.ExpectAsync(response, 200);
    }

    private async Task<string> PublicBodyAsync(Guid id)
    {
        var article = await MediaClient.ExpectAsync(await app.CreateClient().GetAsync($"/api/public/articles/{id}"), 200);
        return article.GetProperty("bodyHtml").GetString()!;
    }

    private static JsonElement Entry(JsonElement trail, string action) =>
        Assert.Single(trail.EnumerateArray(), e => e.GetProperty("action").GetString() == action);
}

public sealed class CorrectionTestsOnSqlite(FastSqliteApp app) : CorrectionTests(app), IClassFixture<FastSqliteApp>;

public sealed class CorrectionTestsOnPostgreSql(FastPostgresApp app) : CorrectionTests(app), IClassFixture<FastPostgresApp>;
