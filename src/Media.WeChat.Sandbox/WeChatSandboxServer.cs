using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Media.WeChat.Sandbox;

/// <summary>Starts a sandbox in-process on 127.0.0.1 and a free port, for tests and the Development demo.</summary>
public static class WeChatSandboxServer
{
    public static Task<RunningWeChatSandbox> StartAsync(WeChatSandboxOptions options, CancellationToken cancellationToken) =>
        StartAsync(options, TimeProvider.System, null, cancellationToken);

    /// <summary>Starts with a given clock (e.g. FakeTimeProvider) and optional logging setup.</summary>
    public static async Task<RunningWeChatSandbox> StartAsync(WeChatSandboxOptions options, TimeProvider timeProvider,
        Action<ILoggingBuilder>? logging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        // An empty builder reads no appsettings or environment, so nothing of the surrounding host leaks in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(WeChatSandboxServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(l => logging?.Invoke(l));
        builder.Services.AddSingleton(timeProvider);
        builder.Services.AddWeChatSandbox(options);

        var app = builder.Build();
        app.UseRouting();
        app.MapWeChatSandbox();
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var baseUrl = new Uri(address.TrimEnd('/') + "/");
        Log.Listening(app.Services.GetRequiredService<ILogger<RunningWeChatSandbox>>(), baseUrl.ToString());
        return new RunningWeChatSandbox(app, baseUrl);
    }
}
