using Media.Abstractions.Distribution;
using Media.WeChat.Sandbox;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>The Media host with one wechat channel, and a sandbox whose account pushes (safe mode) to that channel's URL.</summary>
public sealed class CallbackHostFixture : IAsyncLifetime
{
    public const string Token = "countyMediaCallback";
    public const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public const string AppId = "wx5a7d0c0de0000201";

    private RunningWeChatSandbox? _sandbox;

    public CallbackMediaApp App { get; } = new();

    public ChannelInfo Channel { get; private set; } = null!;

    public RunningWeChatSandbox Sandbox => _sandbox ?? throw new InvalidOperationException("The sandbox has not started.");

    public WeChatAccount Account => new(AppId, "secret-201", Sandbox.BaseUrl.ToString(), Token, AesKey);

    public async Task InitializeAsync()
    {
        Channel = App.Channels.Add("wechat", new Dictionary<string, string>
        {
            ["appId"] = AppId, ["appSecret"] = "secret-201", ["callbackToken"] = Token, ["encodingAesKey"] = AesKey,
        });
        var callback = new SandboxCallbackOptions { Url = App.CallbackUri(Channel.Id).ToString(), Token = Token, EncodingAesKey = AesKey, Mode = CallbackMode.Safe };
        var options = new WeChatSandboxOptions { PublishCompletesOnPoll = 2 };
        options.Accounts.Add(new SandboxAccountOptions { AppId = AppId, Secret = "secret-201", OriginalId = "gh_5a7d0c0de201", Callback = callback });
        _sandbox = await WeChatSandboxServer.StartAsync(options, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }

        await App.DisposeAsync();
    }
}
