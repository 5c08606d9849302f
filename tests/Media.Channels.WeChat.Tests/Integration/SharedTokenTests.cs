using Media.Channels.WeChat.Tests.Infrastructure;
using Media.Testing;

namespace Media.Channels.WeChat.Tests.Integration;

/// <summary>Two nodes with Redis configured (docs/wechat.md §2.4): one token per account between them, fetched once
/// against the sandbox however many calls start together on both; a refused token is replaced once for both.</summary>
public sealed class SharedTokenTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private readonly Dictionary<string, string?> redis = RedisServer.Settings("media-test-" + Guid.NewGuid().ToString("N")[..12] + ":");

    [Fact]
    public async Task GetToken_FetchesOnceForBothNodes_WhenManyCallsStartTogetherOnEach()
    {
        using var first = new ClientHost(settings: redis);
        using var second = new ClientHost(settings: redis);
        var before = fixture.Calls("stable_token");

        var tokens = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            (i % 2 == 0 ? first : second).Tokens.GetTokenAsync(fixture.Account, CancellationToken.None)));

        Assert.Equal(1, fixture.Calls("stable_token") - before);
        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public async Task RefusedToken_IsReplacedOnceForBothNodes()
    {
        using var first = new ClientHost(settings: redis);
        using var second = new ClientHost(settings: redis);
        var stale = await first.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None);
        Assert.Equal(stale, await second.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None));
        var before = fixture.Calls("stable_token");

        // The account's tokens are revoked (as when the secret is reset): both nodes see WeChat refuse the token, and
        // the second node's invalidation must not drop the new token the first node has stored meanwhile.
        fixture.Sandbox.State.Tokens.Invalidate(fixture.Account.AppId);
        first.Tokens.Invalidate(fixture.Account, stale);
        var renewed = await first.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None);
        second.Tokens.Invalidate(fixture.Account, stale);
        var seenBySecond = await second.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None);

        Assert.Equal(1, fixture.Calls("stable_token") - before);
        Assert.NotEqual(stale, renewed);
        Assert.Equal(renewed, seenBySecond);
    }
}
