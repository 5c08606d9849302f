using Media.Distribution.Channels;
using Media.WeChat.Sandbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Media.Demo;

/// <summary>Development demo, once the site listens: enters the site's callback URL in the demo 公众号's developer settings
/// (as an admin does on the 公众平台, so MASSSENDJOBFINISH reaches the site) and seeds today's push (README "Run it").</summary>
internal sealed partial class DemoDailyPush(DemoSandbox sandbox, IServer server, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime,
    IConfiguration configuration, ILogger<DemoDailyPush> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (sandbox.Running is not { } running) return;
        if (SiteAddress(server) is not { } site)
        {
            LogNoAddress(logger);
            return;
        }

        Guid channelId;
        using (var scope = scopes.CreateScope())
        {
            var channels = await scope.ServiceProvider.GetRequiredService<ChannelDesk>().ListAsync(stoppingToken);
            if (channels.FirstOrDefault(c => c.Name == DemoWeChatAccount.ChannelName) is not { } channel) return;
            channelId = channel.Id;
        }

        if (configuration.GetValue("Media:Demo:WeChatCallback", true))
        {
            var callback = new Uri(site, $"wechat/callback/{channelId}");
            running.State.Options.Accounts[0].Callback = new SandboxCallbackOptions
            {
                Url = callback.ToString(), Token = DemoWeChatAccount.CallbackToken, EncodingAesKey = DemoWeChatAccount.EncodingAesKey,
                Mode = CallbackMode.Safe,
            };
            Console.WriteLine($"Media demo: the demo 公众号 sends its events to {callback} (safe mode)");
        }

        try
        {
            using var http = new HttpClient { BaseAddress = site, Timeout = TimeSpan.FromSeconds(60) };
            if (await new DemoPushSeeder(http).SeedAsync(channelId, stoppingToken) is { } push)
                Console.WriteLine($"Media demo: today's push {push} (今日推送) waits for leader's sign-off at {new Uri(site, "admin/pushes")}");
        }
        catch (Exception e) when (e is DemoSeedException or HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
        {
            LogSeedFailed(logger, e.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The site's own plain-HTTP address as a loopback URL ("http://0.0.0.0:8080" → "http://127.0.0.1:8080/"), or
    /// null when the host does not listen on a socket (an in-memory test server).</summary>
    internal static Uri? SiteAddress(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var binding = BindingAddress.Parse(address);
            if (!string.Equals(binding.Scheme, "http", StringComparison.OrdinalIgnoreCase) || binding.Port <= 0) continue;
            var host = binding.Host is "0.0.0.0" or "[::]" or "::" or "*" or "+" ? "127.0.0.1" : binding.Host;
            return new Uri($"http://{host}:{binding.Port}/");
        }

        return null;
    }

    [LoggerMessage(LogLevel.Information, "The demo site listens on no HTTP address: its 公众号 gets no callback URL and no push is seeded.")]
    private static partial void LogNoAddress(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "The demo's daily push was not seeded: {Reason}")]
    private static partial void LogSeedFailed(ILogger logger, string reason);
}
