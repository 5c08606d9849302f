using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;
using Media.WeChat.Sandbox;
using Media.WeChat.Sandbox.Faults;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Media.Distribution.Tests.Integration;

/// <summary>One signed-off piece to the county site, a WeChat official account (the sandbox, over real HTTP) and the
/// county app (a webhook receiver, over real HTTP) — and back down from all three with one retraction.</summary>
public abstract class AllChannelsTests(MediaAppFactory app, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly Newsroom newsroom = new(app);
    private ChannelRig rig = null!;

    public async Task InitializeAsync() => rig = await ChannelRig.StartAsync();

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task Publish_ReachesAllThreeChannels_AndRetract_TakesItDownEverywhere()
    {
        var (wechat, appChannel) = await ChannelsAsync();
        var (id, leader) = await SignedOffWithCoverAsync("乡村振兴：县里新建三座冷链仓库");

        var clock = Stopwatch.StartNew();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat, appChannel } }, 202);
        var delivered = await DeliveryPolling.UntilAllAsync(leader, id, "delivered");
        output.WriteLine($"sign-off to delivered on all three channels: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(["app", "web", "wechat"], delivered.EnumerateArray().Select(d => d.GetProperty("channelType").GetString()).Order());
        var atWeChat = delivered.EnumerateArray().Single(d => d.GetProperty("channelType").GetString() == "wechat");
        Assert.False(string.IsNullOrEmpty(atWeChat.GetProperty("externalId").GetString()));
        Assert.Single(rig.Sandbox.State.Publishes.All);
        Assert.Equal(1, rig.Sandbox.State.Calls.Count("draft/add"));
        var published = Assert.Single(await rig.Receiver.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        Assert.True(published.SignatureValid);
        Assert.Equal("article.published", published.Event);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/api/public/articles/{id}")).StatusCode);

        var retractedAfter = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddMilliseconds(-1); // the app's clock
        await leader.PostJsonAsync($"/api/articles/{id}/retract", new { reason = "核实中，暂时撤下" }, 202);
        await DeliveryPolling.UntilAllAsync(leader, id, "retracted");

        var retracted = Assert.Single(rig.Receiver.Requests, r => r.Event == "article.retracted" && r.SignatureValid);
        Assert.True(retracted.Json.GetProperty("occurredAt").GetDateTimeOffset() >= retractedAfter, "occurredAt is the retraction's time, not the publication's.");
        Assert.Equal(1, rig.Sandbox.State.Calls.Count("freepublish/delete"));
        Assert.Equal(HttpStatusCode.Gone, (await app.CreateClient().GetAsync($"/api/public/articles/{id}")).StatusCode);
    }

    [Fact]
    public async Task Publish_SurvivesWeChatFaults_TokenExpiryAndRateLimit_AndAFailingApp()
    {
        var (wechat, appChannel) = await ChannelsAsync();
        var (id, leader) = await SignedOffWithCoverAsync("县城新增两条公交线路");
        rig.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("draft/add", 42001));
        rig.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("freepublish/submit", 45009, errmsg: "reach max api daily quota limit"));
        rig.Receiver.FailNext(1, 404, "no such route (app mid-deployment)"); // anything not 2xx is retried (docs/http-api.md §5)
        rig.Receiver.FailNext(1, 503);

        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat, appChannel } }, 202);
        var deliveries = await PollUntilSettledAsync(leader, id);

        var atWeChat = deliveries.EnumerateArray().Single(d => d.GetProperty("channelType").GetString() == "wechat");
        var atApp = deliveries.EnumerateArray().Single(d => d.GetProperty("channelType").GetString() == "app");
        Assert.Equal("delivered", atApp.GetProperty("state").GetString());
        Assert.Equal(3, atApp.GetProperty("attempts").GetInt32());
        Assert.Single(rig.Receiver.Requests.Select(r => r.DeliveryId).Distinct());
        // 45009 is WeChat's daily quota: the delivery waits (with WeChat's own message) instead of hammering it.
        Assert.Equal("pending", atWeChat.GetProperty("state").GetString());
        Assert.Contains("45009", atWeChat.GetProperty("lastError").GetString());
        Assert.Equal(2, rig.Sandbox.State.Calls.Count("draft/add")); // the 42001 answer, then one real draft
        Assert.Empty(rig.Sandbox.State.Publishes.All);
    }

    [Fact]
    public async Task Publish_IsDeliveredOnceOnWeChat_WhenSubmitAnswerIsLostAfterWeChatAcceptedIt()
    {
        var (wechat, _) = await ChannelsAsync();
        var (id, leader) = await SignedOffWithCoverAsync("提交应答丢失：县医院新院区启用");
        // WeChat starts the publish and consumes the draft; the answer never arrives (docs/wechat.md §12.4).
        rig.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("freepublish/submit"));

        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat } }, 202);
        var delivered = await DeliveryPolling.UntilAllAsync(leader, id, "delivered", "failed");

        var atWeChat = delivered.EnumerateArray().Single(d => d.GetProperty("channelType").GetString() == "wechat");
        var job = Assert.Single(rig.Sandbox.State.Publishes.All);
        Assert.Equal("delivered", atWeChat.GetProperty("state").GetString());
        Assert.Equal(job.ArticleId, atWeChat.GetProperty("externalId").GetString());
        Assert.Equal(job.ArticleUrls[0], atWeChat.GetProperty("externalUrl").GetString());
        Assert.Equal(1, rig.Sandbox.State.Calls.Count("freepublish/submit"));
        Assert.Equal(1, rig.Sandbox.State.Calls.Count("draft/add"));
    }

    [Fact]
    public async Task WeChatPreview_IsTheContentDraftAddReceived_ExceptTheImageAddresses()
    {
        var (wechat, _) = await ChannelsAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var photo = await TestImages.UploadPhotoAsync(reporter);
        var body = "## 现场\n\n县里新建**冷链仓库**，详见[县政府网站](https://www.example.gov.cn/notice)。\n\n" +
            $"![仓库外景]({photo.Url})\n\n- 一号库\n- 二号库\n\n> 记者 王小明";
        var (id, leader) = await SignedOffWithCoverAsync("预览与草稿一致：冷链仓库", body);

        using var preview = await leader.Http.GetAsync($"/api/articles/{id}/preview?channel=wechat");
        var previewHtml = await preview.Content.ReadAsStringAsync();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat } }, 202);
        await DeliveryPolling.UntilAllAsync(leader, id, "delivered");
        using var draftAdd = JsonDocument.Parse(rig.Sandbox.State.Calls.For("draft/add").Single().Body!);
        var sent = draftAdd.RootElement.GetProperty("articles")[0].GetProperty("content").GetString()!;

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("text/html", preview.Content.Headers.ContentType?.MediaType);
        // WeChat hosts the image at an address media/uploadimg mints during delivery; the preview shows the file uploaded.
        Assert.Matches(@"<img src=""http://mmbiz\.qpic\.cn/[^""]+""", sent);
        Assert.Matches(@"<img src=""https?://[^""]+/media/[0-9a-f]{64}/article\.jpg""", previewHtml);
        Assert.Equal(ImageSources().Replace(sent, "src=\"IMAGE\""), ImageSources().Replace(previewHtml, "src=\"IMAGE\""));
        Assert.Contains("文中链接", previewHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeChatPreview_IsByteForByteTheContentDraftAddReceived_WhenTheBodyHasNoImages()
    {
        var (wechat, _) = await ChannelsAsync();
        var body = "## 现场\n\n县里新建**冷链仓库**，详见[县政府网站](https://www.example.gov.cn/notice)。\n\n" +
            "| 库 | 容量 |\n|---|---|\n| 一号库 | 5000 吨 |\n\n1. 预冷\n2. 储存\n\n> 记者 王小明\n\n`冷链`与~~旧库~~";
        var (id, leader) = await SignedOffWithCoverAsync("预览逐字节一致：冷链仓库", body);

        using var preview = await leader.Http.GetAsync($"/api/articles/{id}/preview?channel=wechat");
        var previewHtml = await preview.Content.ReadAsStringAsync();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat } }, 202);
        await DeliveryPolling.UntilAllAsync(leader, id, "delivered");
        using var draftAdd = JsonDocument.Parse(rig.Sandbox.State.Calls.For("draft/add").Single().Body!);
        var sent = draftAdd.RootElement.GetProperty("articles")[0].GetProperty("content").GetString()!;

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("no-store", preview.Headers.CacheControl?.ToString());
        Assert.Equal(sent, previewHtml);
        Assert.Contains("冷链仓库", sent, StringComparison.Ordinal);
    }

    private static System.Text.RegularExpressions.Regex ImageSources() => new(@"src=""[^""]*""");

    private async Task<JsonElement> PollUntilSettledAsync(MediaClient client, Guid id)
    {
        // Generous: three app attempts and a token refresh on a busy two-core CI runner; a timeout says what it saw.
        var deliveries = default(JsonElement);
        for (var i = 0; i < 300; i++)
        {
            deliveries = await client.GetJsonAsync($"/api/articles/{id}/deliveries");
            var app = deliveries.EnumerateArray().Single(d => d.GetProperty("channelType").GetString() == "app");
            var wechat = deliveries.EnumerateArray().Single(d => d.GetProperty("channelType").GetString() == "wechat");
            if (app.GetProperty("state").GetString() == "delivered" && wechat.GetProperty("lastError").GetString()?.Contains("45009") == true)
                return deliveries;
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"The deliveries did not settle: {deliveries}");
    }

    private Task<(Guid WeChat, Guid App)> ChannelsAsync() => rig.ChannelsAsync(newsroom);

    private async Task<(Guid Id, MediaClient Leader)> SignedOffWithCoverAsync(string title,
        string body = "## 现场\n\n县里今年新建三座冷链仓库，**总库容**达到 1.2 万吨。😀")
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var cover = await TestImages.UploadCoverAsync(reporter);
        var article = await reporter.PostJsonAsync("/api/articles", new
        {
            columnId = await newsroom.ColumnAsync(), title, author = "记者 王小明", summary = "县里今年新建冷链仓库，助力农产品出山。",
            body, coverMediaId = cover,
        }, 201);
        var (signed, leader) = await SignOffPath.SignOffAsync(newsroom, reporter, article);
        return (signed.GetProperty("id").GetGuid(), leader);
    }
}

public sealed class AllChannelsTestsOnSqlite(FastSqliteApp app, ITestOutputHelper output)
    : AllChannelsTests(app, output), IClassFixture<FastSqliteApp>;

public sealed class AllChannelsTestsOnPostgreSql(FastPostgresApp app, ITestOutputHelper output)
    : AllChannelsTests(app, output), IClassFixture<FastPostgresApp>;
