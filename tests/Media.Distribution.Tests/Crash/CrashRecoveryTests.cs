using System.Net.Http.Headers;
using Media.Distribution.Tests.Integration;
using Media.Testing;
using Media.WeChat.Sandbox;
using Media.WeChat.Sandbox.Faults;

namespace Media.Distribution.Tests.Crash;

/// <summary>The process is killed between draft/add and freepublish/submit; restarted on the same data it finishes
/// the delivery with exactly one draft and one publish at WeChat.</summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const string AdminPassword = "Crash-Boot-Pa55!";
    private readonly string appData = Path.Combine(Path.GetTempPath(), "media-crash", Guid.NewGuid().ToString("N"));
    private RunningWeChatSandbox sandbox = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(appData);
        sandbox = await WeChatSandboxServer.StartAsync(
            new WeChatSandboxOptions { PublishDelay = TimeSpan.FromMilliseconds(200) }.WithDemoAccountIfEmpty(), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await sandbox.DisposeAsync();
        try { Directory.Delete(appData, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task KilledBetweenDraftAndSubmit_FinishesAfterRestart_WithOneDraftAndOnePublish()
    {
        // WeChat holds the submit long enough for the kill to land while it is in flight; a killed client's
        // request is never completed, exactly as if the process had died before sending it.
        sandbox.State.Faults.Enqueue(SandboxFault.Delayed("freepublish/submit", TimeSpan.FromSeconds(20)));
        Guid articleId;
        await using (var first = await MediaProcess.StartAsync(Environment()))
        {
            articleId = await PublishToWeChatAsync(first.BaseUrl);
            await WaitAsync(() => sandbox.State.Calls.Count("freepublish/submit") == 1, "the submit to reach WeChat");
            first.Kill();
        }
        Assert.Equal(1, sandbox.State.Calls.Count("draft/add"));
        Assert.Empty(sandbox.State.Publishes.All);

        await using var second = await MediaProcess.StartAsync(Environment());
        var leader = await MediaClient.SignInAsync(new HttpClient { BaseAddress = second.BaseUrl }, "admin", AdminPassword);
        await DeliveryPolling.UntilAllAsync(leader, articleId, "delivered");

        Assert.Equal(1, sandbox.State.Calls.Count("draft/add"));
        Assert.Single(sandbox.State.Publishes.All);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Media__AppData"] = appData,
        ["Media__Demo"] = "false",
        ["MEDIA_ADMIN_PASSWORD"] = AdminPassword,
        ["Media__Distribution__Lease"] = "00:00:05",
        ["Media__Jobs__PollInterval"] = "00:00:00.200",
        ["Media__Channels__WeChat__PublishPollDelay"] = "00:00:00.200",
        ["Media__Channels__AllowedPrivateHosts"] = "127.0.0.1,localhost", // the sandbox (docs/http-api.md §7)
    };

    /// <summary>Everything through the public API of the running process: people, column, channel, cover, 三审, publish.</summary>
    private async Task<Guid> PublishToWeChatAsync(Uri baseUrl)
    {
        var admin = await MediaClient.SignInAsync(new HttpClient { BaseAddress = baseUrl }, "admin", AdminPassword);
        async Task<MediaClient> Person(string role)
        {
            var name = role.ToLowerInvariant() + Guid.NewGuid().ToString("N")[..6];
            await admin.PostJsonAsync("/api/users", new { userName = name, displayName = name, password = "Crash-Pa55-word", roles = new[] { role } }, 201);
            return await MediaClient.SignInAsync(new HttpClient { BaseAddress = baseUrl }, name, "Crash-Pa55-word");
        }
        var account = sandbox.State.Options.Accounts[0];
        var channel = (await admin.PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = "公众号", settings = new { appId = account.AppId, appSecret = account.Secret, apiBaseUrl = sandbox.BaseUrl.ToString() },
        }, 201)).GetProperty("id").GetGuid();
        var column = (await admin.PostJsonAsync("/api/columns", new { name = "要闻", slug = "news" }, 201)).GetProperty("id").GetGuid();

        var reporter = await Person("Reporter");
        using var form = new MultipartFormDataContent();
        var photo = new ByteArrayContent(TestImages.Photo());
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(photo, "file", "cover.jpg");
        var cover = (await MediaClient.ExpectAsync(await reporter.Http.PostAsync("/api/media", form), 201)).GetProperty("id").GetGuid();
        var article = await reporter.PostJsonAsync("/api/articles", new { columnId = column, title = "县里召开防汛工作会", body = "防汛会议召开。", coverMediaId = cover }, 201);
        var id = article.GetProperty("id").GetGuid();
        await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);
        foreach (var role in new[] { "Editor", "ChiefEditor", "Leader" })
            await (await Person(role)).PostJsonAsync($"/api/articles/{id}/review", new { version = 1, decision = "approve", comment = "同意" }, 200);
        await admin.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { channel } }, 202);
        return id;
    }

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 300 && !condition(); i++) await Task.Delay(100);
        if (!condition()) throw new TimeoutException($"Timed out waiting for {what}.");
    }
}
