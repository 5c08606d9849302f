using System.Text.Json;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Data;
using Media.Testing;
using Media.WeChat.Sandbox.Faults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Media.Channels.WeChat.Tests.Pushes.PushSendNewsroom;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary>
/// The process is killed while sendall or submit is on the wire — WeChat does the work, the answer never arrives — and a
/// new process is started on the same database after WeChat has finished (docs/wechat.md §15.6). The push ends
/// <c>sent</c> with exactly one send: the repeated sendall is answered 45065 with the earlier send, the consumed draft
/// leads to the publication through freepublish/batchget. The site that owns the database runs no jobs: only the nodes do.
/// </summary>
public abstract class PushRestartTests(MediaAppFactory site, PushSandboxFixture sandbox) : IDisposable
{
    /// <summary>The AppData the killed process and the restarted one share, as one server's process would.</summary>
    private readonly string appData = MediaAppFactory.NewAppData();

    private static readonly TimeSpan Held = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task MassSend_KilledWithSendallOnTheWire_IsSentOnce_AfterRestart()
    {
        _ = site.Services; // the site owns the database: it migrates it before any node starts
        var account = sandbox.NextAccount();
        var sendalls = sandbox.Calls("message/mass/sendall");
        Guid pushId;
        MediaClient leader;
        await using (var killed = new PushNode(site, appData))
        {
            // Composed on the node that is killed: the media library's files are in its AppData.
            (pushId, leader) = await SignedOffPushAsync(killed, account, "massSend", "群发途中进程被杀：头条", "群发途中进程被杀：次条");
            sandbox.Sandbox.State.Faults.Enqueue(SandboxFault.HeldAnswer("message/mass/sendall", Held));
            await leader.PostJsonAsync($"/api/wechat/pushes/{pushId}/send", new { }, 202);
            await UntilAsync(() => sandbox.Sandbox.State.MassSends.All.Any(s => s.AppId == account.AppId), "WeChat to make the send");
        }

        var beforeRestart = await ReadAsync(pushId);
        await UntilAsync(() => sandbox.Sandbox.State.MassSends.All.Single(s => s.AppId == account.AppId).SentAt.AddSeconds(1) < DateTimeOffset.UtcNow,
            "WeChat to finish the send");
        await using var restarted = new PushNode(site, appData);
        _ = restarted.Server; // starts the process: its start resumes every push still sending
        var sent = await UntilSettledAsync(pushId);

        Assert.Equal("sending", beforeRestart.GetProperty("status").GetString());
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        var send = Assert.Single(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        Assert.Equal(send.MsgId.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.GetProperty("externalIds").GetProperty("msgId").GetString());
        // The one on the wire, and at least one repeat (the resumed run, and the killed process's job, which Hangfire runs
        // again): each repeat was answered 45065 with the one send above.
        Assert.True(sandbox.Calls("message/mass/sendall") >= sendalls + 2);
    }

    [Fact]
    public async Task Publish_KilledWithSubmitOnTheWire_IsFoundNotRepeated_AfterRestart()
    {
        _ = site.Services;
        var account = sandbox.NextAccount();
        var submits = sandbox.Calls("freepublish/submit");
        Guid pushId;
        MediaClient leader;
        await using (var killed = new PushNode(site, appData))
        {
            (pushId, leader) = await SignedOffPushAsync(killed, account, "publish", "发布途中进程被杀：头条", "发布途中进程被杀：次条");
            sandbox.Sandbox.State.Faults.Enqueue(SandboxFault.HeldAnswer("freepublish/submit", Held));
            await leader.PostJsonAsync($"/api/wechat/pushes/{pushId}/send", new { }, 202);
            await UntilAsync(() => sandbox.Sandbox.State.Publishes.All.Any(p => p.AppId == account.AppId), "WeChat to start the publish");
        }

        var job = sandbox.Sandbox.State.Publishes.All.Single(p => p.AppId == account.AppId);
        sandbox.Sandbox.Publishing.Resolve(job.PublishId, Media.WeChat.Sandbox.State.PublishOutcome.Success);
        await using var restarted = new PushNode(site, appData);
        _ = restarted.Server;
        var sent = await UntilSettledAsync(pushId);

        job = sandbox.Sandbox.State.Publishes.Find(job.PublishId)!;
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal(job.ArticleId, sent.GetProperty("externalIds").GetProperty("articleId").GetString());
        Assert.Equal(job.ArticleUrls, sent.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("url").GetString()!));
        Assert.Equal(submits + 1, sandbox.Calls("freepublish/submit"));
        Assert.Single(sandbox.Sandbox.State.Publishes.All, p => p.AppId == account.AppId);
    }

    public void Dispose()
    {
        try { Directory.Delete(appData, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        GC.SuppressFinalize(this);
    }

    private async Task<(Guid PushId, MediaClient Leader)> SignedOffPushAsync(MediaAppFactory node, Media.WeChat.Sandbox.SandboxAccountOptions account,
        string mode, params string[] titles)
    {
        var newsroom = new PushSendNewsroom(node, sandbox);
        var channel = await newsroom.ChannelAsync(account);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, mode, await newsroom.ArticlesAsync(titles));
        return (Id(push), leader);
    }

    /// <summary>The Push JSON read from the database: the nodes come and go, and each seals its tokens with its own keys.</summary>
    private async Task<JsonElement> ReadAsync(Guid pushId)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        var push = await db.Set<Push>().AsNoTracking().SingleAsync(p => p.Id == pushId);
        return JsonSerializer.SerializeToElement(PushResponse.From(push), new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    private async Task<JsonElement> UntilSettledAsync(Guid pushId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var push = await ReadAsync(pushId);
            if (push.GetProperty("status").GetString() is "sent" or "failed") return push;
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"The push was neither sent nor failed: {push}");
            await Task.Delay(100);
        }
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Waited in vain for {what}.");
            await Task.Delay(50);
        }
    }
}

public sealed class PushRestartTestsOnSqlite(IdleSqliteSite site, PushSandboxFixture sandbox)
    : PushRestartTests(site, sandbox), IClassFixture<IdleSqliteSite>, IClassFixture<PushSandboxFixture>;

public sealed class PushRestartTestsOnPostgreSql(IdlePostgresSite site, PushSandboxFixture sandbox)
    : PushRestartTests(site, sandbox), IClassFixture<IdlePostgresSite>, IClassFixture<PushSandboxFixture>;
