using Media.Testing;
using Media.WeChat.Sandbox;

namespace Media.Distribution.Tests.Integration;

/// <summary>The two outside systems a delivery test talks to over real HTTP: the WeChat sandbox (WeChat's
/// official-account API, docs/wechat.md §13) and a webhook receiver standing in for the county app's backend.</summary>
public sealed class ChannelRig : IAsyncDisposable
{
    public const string WebhookSecret = "county-app-webhook-secret-2026";

    private ChannelRig(RunningWeChatSandbox sandbox, WebhookReceiver receiver) => (Sandbox, Receiver) = (sandbox, receiver);

    public RunningWeChatSandbox Sandbox { get; }

    public WebhookReceiver Receiver { get; }

    public static async Task<ChannelRig> StartAsync()
    {
        var sandbox = await WeChatSandboxServer.StartAsync(
            new WeChatSandboxOptions { PublishDelay = TimeSpan.FromMilliseconds(200), RejectUnicodeEscapes = true }.WithDemoAccountIfEmpty(),
            CancellationToken.None);
        return new ChannelRig(sandbox, await WebhookReceiver.StartAsync(WebhookSecret));
    }

    /// <summary>Registers a 公众号 on the sandbox and the county app on the receiver, as the admin does.</summary>
    public async Task<(Guid WeChat, Guid App)> ChannelsAsync(Newsroom newsroom)
    {
        var admin = await newsroom.AdminAsync();
        var account = Sandbox.State.Options.Accounts[0];
        var wechat = await admin.PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = "县融媒公众号",
            settings = new { appId = account.AppId, appSecret = account.Secret, apiBaseUrl = Sandbox.BaseUrl.ToString() },
        }, 201);
        var app = await admin.PostJsonAsync("/api/channels", new
        {
            type = "app", name = "掌上县城 App", settings = new { webhookUrl = Receiver.Url.ToString(), secret = WebhookSecret },
        }, 201);
        return (wechat.GetProperty("id").GetGuid(), app.GetProperty("id").GetGuid());
    }

    public async ValueTask DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
