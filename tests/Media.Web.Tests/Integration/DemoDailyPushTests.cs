using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Media.Testing;
using Xunit.Abstractions;

namespace Media.Web.Tests.Integration;

/// <summary>
/// The Development demo shows a daily push end to end (README "Run it"): the demo seeds 今日推送 — three signed-off articles
/// composed by <c>editor</c> as a 群发 to the demo 公众号 — and <c>leader</c> signs it off and sends it over the API; the
/// sandbox the demo runs receives it and the push ends <c>sent</c>. With the demo's callback URL the links come with
/// MASSSENDJOBFINISH; without one the push ends by polling (which carries no links, docs/wechat.md §15.6). Prints the time
/// from sign-off to <c>sent</c> (docs/wechat.md §15.10).
/// </summary>
public abstract class DemoDailyPushTests(DemoSite site, ITestOutputHelper output)
{
    private const string DemoPassword = "media-demo-2026";

    [Fact]
    public async Task DemoPush_IsSentToTheDemoAccount_WhenTheDemoLeaderSignsItOffAndSends()
    {
        var leader = await SignInAsync("leader");
        var push = await SeededPushAsync(leader);
        var editor = await SignInAsync("editor");
        var id = push.GetProperty("id").GetGuid();

        Assert.Equal("draft", push.GetProperty("status").GetString());
        Assert.Equal("massSend", push.GetProperty("mode").GetString());
        Assert.Equal(3, push.GetProperty("articles").GetArrayLength());
        Assert.Equal(await UserIdAsync(editor), push.GetProperty("createdBy").GetGuid());
        var signOff = new { contentHash = push.GetProperty("contentHash").GetString() };
        await editor.PostJsonAsync($"/api/wechat/pushes/{id}/signoff", signOff, 403); // an editor signs off nothing

        var clock = Stopwatch.StartNew();
        var signed = await leader.PostJsonAsync($"/api/wechat/pushes/{id}/signoff", signOff, 200);
        await leader.PostJsonAsync($"/api/wechat/pushes/{id}/send", new { }, 202);
        var sent = await UntilEndedAsync(leader, id);
        clock.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"demo push, {(site.Callbacks ? "callback" : "polling")} path: sign-off to sent {clock.Elapsed.TotalSeconds:0.00} s (load average {LoadAverage()})"));

        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal(await UserIdAsync(leader), signed.GetProperty("signedOffBy").GetGuid());
        var state = await SandboxStateAsync(push.GetProperty("channelId").GetGuid());
        var send = Assert.Single(state.GetProperty("mass_sends").EnumerateArray());
        Assert.True(send.GetProperty("is_to_all").GetBoolean());
        Assert.Equal(sent.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()),
            send.GetProperty("titles").EnumerateArray().Select(t => t.GetString()));
        var page = await SandboxPageAsync(push.GetProperty("channelId").GetGuid());
        Assert.Contains("Mass sends (群发)", page, StringComparison.Ordinal);
        Assert.Contains(sent.GetProperty("articles")[0].GetProperty("title").GetString()!, page, StringComparison.Ordinal);
        var urls = sent.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("url").GetString()).ToList();
        var events = state.GetProperty("callbacks").EnumerateArray().Where(c => c.GetProperty("event").GetString() == "MASSSENDJOBFINISH").ToList();
        if (site.Callbacks)
        {
            Assert.Equal(send.GetProperty("article_urls").EnumerateArray().Select(u => u.GetString()), urls);
            Assert.All(urls, u => Assert.StartsWith("http://mp.weixin.qq.com/s/", u, StringComparison.Ordinal));
            Assert.Contains(events, e => e.GetProperty("status_code").ValueKind == JsonValueKind.Number && e.GetProperty("status_code").GetInt32() == 200);
        }
        else
        {
            Assert.Empty(events);
            Assert.All(urls, Assert.Null); // message/mass/get carries no links
        }
    }

    private async Task<MediaClient> SignInAsync(string userName) =>
        await MediaClient.SignInAsync(new HttpClient { BaseAddress = site.RootUri }, userName, DemoPassword);

    /// <summary>The demo seeds its push in the background once the site listens (through its own API).</summary>
    private static async Task<JsonElement> SeededPushAsync(MediaClient leader)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddMinutes(4);
        do
        {
            var list = await leader.GetJsonAsync("/api/wechat/pushes");
            if (list.GetProperty("total").GetInt32() > 0) return Assert.Single(list.GetProperty("items").EnumerateArray());
            await Task.Delay(500);
        }
        while (TimeProvider.System.GetUtcNow() < deadline);
        throw new Xunit.Sdk.XunitException("The demo did not seed its push.");
    }

    private static async Task<JsonElement> UntilEndedAsync(MediaClient client, Guid id)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(90);
        JsonElement push;
        do
        {
            push = await client.GetJsonAsync($"/api/wechat/pushes/{id}");
            if (push.GetProperty("status").GetString() is "sent" or "failed") return push;
            await Task.Delay(50);
        }
        while (TimeProvider.System.GetUtcNow() < deadline);
        throw new Xunit.Sdk.XunitException($"The push did not end: {push}");
    }

    private static async Task<Guid> UserIdAsync(MediaClient client) =>
        (await client.GetJsonAsync("/api/me")).GetProperty("id").GetGuid();

    /// <summary>What the demo's sandbox received, from its own /sandbox/state (its address is the channel's apiBaseUrl).</summary>
    private async Task<JsonElement> SandboxStateAsync(Guid channelId)
    {
        using var document = JsonDocument.Parse(await SandboxGetAsync(channelId, "sandbox/state"));
        return document.RootElement.Clone();
    }

    /// <summary>The sandbox's page, where the README sends a newcomer to see what the demo 公众号 received.</summary>
    private async Task<string> SandboxPageAsync(Guid channelId) => await SandboxGetAsync(channelId, "");

    private async Task<string> SandboxGetAsync(Guid channelId, string path)
    {
        var channel = await (await site.AdminAsync()).GetJsonAsync($"/api/channels/{channelId}");
        using var http = new HttpClient { BaseAddress = new Uri(channel.GetProperty("settings").GetProperty("apiBaseUrl").GetString()!) };
        return await http.GetStringAsync(path);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

public sealed class DemoDailyPushTestsOnSqlite(DemoSqliteSite site, ITestOutputHelper output)
    : DemoDailyPushTests(site, output), IClassFixture<DemoSqliteSite>;

public sealed class DemoDailyPushTestsOnPostgreSql(DemoPostgresSite site, ITestOutputHelper output)
    : DemoDailyPushTests(site, output), IClassFixture<DemoPostgresSite>;

public sealed class DemoDailyPushTestsOnSqliteWithoutCallbacks(DemoSqliteSiteWithoutCallbacks site, ITestOutputHelper output)
    : DemoDailyPushTests(site, output), IClassFixture<DemoSqliteSiteWithoutCallbacks>;

public sealed class DemoDailyPushTestsOnPostgreSqlWithoutCallbacks(DemoPostgresSiteWithoutCallbacks site, ITestOutputHelper output)
    : DemoDailyPushTests(site, output), IClassFixture<DemoPostgresSiteWithoutCallbacks>;
