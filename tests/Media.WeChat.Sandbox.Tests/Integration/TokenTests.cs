using Media.WeChat.Sandbox.Tests.Infrastructure;

namespace Media.WeChat.Sandbox.Tests.Integration;

public sealed class TokenTests
{
    private static string StableBody(SandboxAccountOptions account, string? secret = null, bool force = false) =>
        $$"""{"grant_type":"client_credential","appid":"{{account.AppId}}","secret":"{{secret ?? account.Secret}}","force_refresh":{{(force ? "true" : "false")}}}""";

    [Fact]
    public async Task StableToken_ReturnsSameTokenWithRemainingLifetime_WhenCalledAgain()
    {
        await using var h = await SandboxHarness.StartAsync();

        var first = await h.PostJsonAsync("cgi-bin/stable_token", StableBody(h.Account));
        h.Clock!.Advance(TimeSpan.FromSeconds(100));
        var second = await h.PostJsonAsync("cgi-bin/stable_token", StableBody(h.Account));

        Assert.Equal(7200, first.GetProperty("expires_in").GetInt32());
        Assert.Equal(first.GetProperty("access_token").GetString(), second.GetProperty("access_token").GetString());
        Assert.Equal(7100, second.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task StableToken_Returns40125_WhenSecretIsWrong()
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await h.PostJsonAsync("cgi-bin/stable_token", StableBody(h.Account, secret: "wrong"));

        Assert.Equal(40125, reply.GetProperty("errcode").GetInt32());
        Assert.Matches(@" rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$", reply.GetProperty("errmsg").GetString());
    }

    [Fact]
    public async Task Token_Returns40001_WhenWrongSecretCodeConfiguredAsOld()
    {
        await using var h = await SandboxHarness.StartAsync(o => o.WrongSecretErrcode = 40001);

        var reply = await h.GetJsonAsync($"cgi-bin/token?grant_type=client_credential&appid={h.Account.AppId}&secret=wrong");

        Assert.Equal(40001, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task StableToken_Returns40013_WhenAppIdUnknown()
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await h.PostJsonAsync("cgi-bin/stable_token",
            """{"grant_type":"client_credential","appid":"wx0000000000000bad","secret":"x"}""");

        Assert.Equal(40013, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task StableToken_Returns43002_WhenCalledWithGet()
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await h.GetJsonAsync("cgi-bin/stable_token");

        Assert.Equal(43002, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task BusinessCall_Returns42001_WhenTokenExpired()
    {
        await using var h = await SandboxHarness.StartAsync();
        var token = await h.GetTokenAsync();

        h.Clock!.Advance(TimeSpan.FromSeconds(7200));
        var reply = await h.GetJsonAsync($"cgi-bin/draft/count?access_token={token}");

        Assert.Equal(42001, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task BusinessCall_Returns41001_WhenTokenMissing()
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await h.GetJsonAsync("cgi-bin/draft/count");

        Assert.Equal(41001, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task BusinessCall_Returns40001_WhenTokensInvalidated()
    {
        await using var h = await SandboxHarness.StartAsync();
        var token = await h.GetTokenAsync();

        h.Sandbox.State.Tokens.Invalidate(h.Account.AppId);
        var reply = await h.GetJsonAsync($"cgi-bin/draft/count?access_token={token}");

        Assert.Equal(40001, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task StableToken_IssuesNewTokenAndRevokesOld_WhenForceRefresh()
    {
        await using var h = await SandboxHarness.StartAsync();
        var old = await h.GetTokenAsync();

        var reply = await h.PostJsonAsync("cgi-bin/stable_token", StableBody(h.Account, force: true));
        var fresh = reply.GetProperty("access_token").GetString();
        var oldCheck = await h.GetJsonAsync($"cgi-bin/draft/count?access_token={old}");
        var freshCheck = await h.GetJsonAsync($"cgi-bin/draft/count?access_token={fresh}");

        Assert.NotEqual(old, fresh);
        Assert.Equal(40001, oldCheck.GetProperty("errcode").GetInt32());
        Assert.Equal(0, freshCheck.GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task StableToken_IssuesOverlappingToken_WhenInLastFiveMinutes()
    {
        await using var h = await SandboxHarness.StartAsync();
        var old = await h.GetTokenAsync();

        h.Clock!.Advance(TimeSpan.FromSeconds(7000));
        var fresh = await h.GetTokenAsync();
        var oldCheck = await h.GetJsonAsync($"cgi-bin/draft/count?access_token={old}");

        Assert.NotEqual(old, fresh);
        Assert.Equal(0, oldCheck.GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task Token_KeepsPreviousTokenForFiveMinutes_WhenFetchedAgain()
    {
        await using var h = await SandboxHarness.StartAsync();
        var path = $"cgi-bin/token?grant_type=client_credential&appid={h.Account.AppId}&secret={h.Account.Secret}";
        var old = (await h.GetJsonAsync(path)).GetProperty("access_token").GetString();
        await h.GetJsonAsync(path);

        h.Clock!.Advance(TimeSpan.FromSeconds(299));
        var during = await h.GetJsonAsync($"cgi-bin/draft/count?access_token={old}");
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        var after = await h.GetJsonAsync($"cgi-bin/draft/count?access_token={old}");

        Assert.True(during.TryGetProperty("total_count", out _), during.ToString());
        Assert.Equal(40001, after.GetProperty("errcode").GetInt32());
    }
}
