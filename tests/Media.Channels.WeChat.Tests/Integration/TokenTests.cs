using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Tests.Infrastructure;
using Media.WeChat.Sandbox.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Media.Channels.WeChat.Tests.Integration;

public sealed class TokenTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task GetToken_FetchesOnce_WhenManyCallsStartTogether()
    {
        using var host = new ClientHost();
        var tokensBefore = fixture.Calls("stable_token");
        var uploadsBefore = fixture.Calls("media/uploadimg");

        var uploads = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => host.Client.UploadContentImageAsync(fixture.Account,
            new WeChatImageFile($"p{i}.png", TestImages.Png(1024)), CancellationToken.None)));

        Assert.Equal(1, fixture.Calls("stable_token") - tokensBefore);
        Assert.Equal(12, fixture.Calls("media/uploadimg") - uploadsBefore);
        Assert.Equal(12, uploads.Select(u => u.Url).Distinct().Count());
    }

    [Fact]
    public async Task GetToken_RefetchesOnlyAfterRefreshPoint_WhenClockAdvances()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        using var host = new ClientHost(time: clock);
        var before = fixture.Calls("stable_token");

        await host.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(7200 - 300 - 5));
        await host.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None);
        Assert.Equal(1, fixture.Calls("stable_token") - before);

        clock.Advance(TimeSpan.FromSeconds(10));
        await host.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None);
        Assert.Equal(2, fixture.Calls("stable_token") - before);
    }

    [Theory]
    [InlineData(40001)]
    [InlineData(40014)]
    [InlineData(42001)]
    public async Task AddDraft_RefreshesTokenAndRetriesOnce_WhenTokenRefused(int errcode)
    {
        using var host = new ClientHost();
        var cover = await host.Client.AddImageMaterialAsync(fixture.Account, new WeChatImageFile("c.jpg", TestImages.Jpeg(2048)),
            WeChatMaterialType.Image, CancellationToken.None);
        var tokensBefore = fixture.Calls("stable_token");
        var draftsBefore = fixture.Calls("draft/add");
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("draft/add", errcode));

        var draft = await host.Client.AddDraftAsync(fixture.Account, [Publishing.Article("标题", "<p>正文</p>", cover.MediaId)],
            CancellationToken.None);

        Assert.NotNull(fixture.Sandbox.State.Drafts.Find(fixture.Account.AppId, draft.MediaId));
        Assert.Equal(1, fixture.Calls("stable_token") - tokensBefore);
        Assert.Equal(2, fixture.Calls("draft/add") - draftsBefore);
    }

    [Fact]
    public async Task AddDraft_ThrowsRetryableAfterOneRetry_WhenTokenRefusedTwice()
    {
        using var host = new ClientHost();
        await host.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None);
        var tokensBefore = fixture.Calls("stable_token");
        var draftsBefore = fixture.Calls("draft/add");
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("draft/add", 42001, times: 2));

        var error = await Assert.ThrowsAsync<WeChatApiException>(() => host.Client.AddDraftAsync(fixture.Account,
            [Publishing.Article("标题", "<p>正文</p>", "any")], CancellationToken.None));

        Assert.Equal((42001, WeChatErrorKind.Retryable), (error.Errcode, error.Kind));
        Assert.Equal(1, fixture.Calls("stable_token") - tokensBefore);
        Assert.Equal(2, fixture.Calls("draft/add") - draftsBefore);
    }

    [Fact]
    public async Task GetToken_ThrowsPermanentWithEditorMessage_WhenSecretIsWrong()
    {
        using var host = new ClientHost();
        var account = fixture.Account with { AppSecret = "not-the-secret" };

        var error = await Assert.ThrowsAsync<WeChatApiException>(() => host.Tokens.GetTokenAsync(account, CancellationToken.None));

        Assert.Equal((40125, WeChatErrorKind.Permanent), (error.Errcode, error.Kind));
        Assert.Contains("AppSecret", error.EditorMessage, StringComparison.Ordinal);
        Assert.EndsWith("（微信错误码 40125）", error.EditorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_ContainNeitherSecretNorToken_WhenCallsSucceedAndRetry()
    {
        using var host = new ClientHost();
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("media/uploadimg", 40001));

        await host.Client.UploadContentImageAsync(fixture.Account, new WeChatImageFile("a.png", TestImages.Png(512)), CancellationToken.None);
        var token = await host.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None);

        Assert.Contains(host.Logs.Lines, l => l.Contains("media/uploadimg", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(fixture.Account.AppSecret, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(token, StringComparison.Ordinal));
    }
}
