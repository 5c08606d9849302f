using Media.WeChat.Sandbox;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>One WeChat sandbox on a real loopback port for a test class; each test brings its own client (and token cache).</summary>
public class SandboxFixture : IAsyncLifetime
{
    private RunningWeChatSandbox? _sandbox;

    public RunningWeChatSandbox Sandbox => _sandbox ?? throw new InvalidOperationException("The sandbox has not started.");

    public SandboxAccountOptions SandboxAccount => Sandbox.State.Options.Accounts[0];

    /// <summary>The channel settings that point our client at the sandbox's first account.</summary>
    public WeChatAccount Account => AccountFor(SandboxAccount);

    public WeChatAccount AccountFor(SandboxAccountOptions account) =>
        new(account.AppId, account.Secret, Sandbox.BaseUrl.ToString(), account.Callback?.Token, account.Callback?.EncodingAesKey);

    public int Calls(string endpoint) => Sandbox.State.Calls.Count(endpoint);

    public async Task InitializeAsync()
    {
        var options = new WeChatSandboxOptions
        {
            // Escapes are refused outright, so a client that sends them fails loudly, not only in a recorded flag.
            RejectUnicodeEscapes = true,
            PublishCompletesOnPoll = 2,
        }.WithDemoAccountIfEmpty();
        await ConfigureAsync(options);
        _sandbox = await WeChatSandboxServer.StartAsync(options, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await DisposeMoreAsync();
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }

    protected virtual Task ConfigureAsync(WeChatSandboxOptions options) => Task.CompletedTask;

    protected virtual Task DisposeMoreAsync() => Task.CompletedTask;
}
