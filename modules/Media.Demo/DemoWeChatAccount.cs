using Media.Abstractions.Hosting;
using Media.Distribution.Channels;
using Media.WeChat.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Media.Demo;

/// <summary>Development demo: starts the WeChat sandbox on a fixed loopback port and adds a demo 公众号 pointing at
/// it, so a newcomer can take a piece through 三审 and watch it reach "WeChat" and come back down.</summary>
internal sealed partial class DemoWeChatAccount(DemoSandbox sandbox, ChannelDesk channels,
    IConfiguration configuration, ILogger<DemoWeChatAccount> logger) : IStartupTask
{
    public const string ChannelName = "演示公众号（微信沙箱）";

    /// <summary>The demo 公众号's developer settings (docs/wechat.md §7.1), published like the demo passwords.</summary>
    public const string CallbackToken = "mediaDemoCallback2026";

    public const string EncodingAesKey = "MediaDemoEncodingAesKey0123456789abcdefghij";

    public int Order => StartupTaskOrder.DemoContent + 50;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = new WeChatSandboxOptions { Port = configuration.GetValue("Media:Demo:WeChatSandboxPort", 5099) }.WithDemoAccountIfEmpty();
        try
        {
            sandbox.Running = await WeChatSandboxServer.StartAsync(options, cancellationToken);
        }
        catch (IOException e) // the port is taken: Kestrel says "address already in use"
        {
            LogNoSandbox(logger, options.Port, e.Message);
            return;
        }
        Console.WriteLine($"Media demo: WeChat sandbox at {sandbox.Running.BaseUrl} (its page lists what the demo 公众号 received)");
        if ((await channels.ListAsync(cancellationToken)).Any(c => c.Name == ChannelName)) return;

        var account = options.Accounts[0];
        await channels.CreateAsync(ChannelInput.FromText(ChannelTypes.WeChat, ChannelName, new Dictionary<string, string?>
        {
            ["appId"] = account.AppId,
            ["appSecret"] = account.Secret,
            ["apiBaseUrl"] = sandbox.Running.BaseUrl.ToString(),
            ["callbackToken"] = CallbackToken,
            ["encodingAesKey"] = EncodingAesKey,
            ["previewWxNames"] = "[\"zhang_san\"]",
        }), cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "The demo WeChat sandbox could not listen on port {Port}: {Reason}. The demo runs without it.")]
    private static partial void LogNoSandbox(ILogger logger, int port, string reason);
}
