using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Callbacks;
using Media.Channels.WeChat.Html;
using Media.Channels.WeChat.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>The module as the host will wire it (AddWeChatChannel), with a fresh token cache per instance and captured logs.</summary>
public sealed class ClientHost : IDisposable
{
    private readonly IHost _host;

    public ClientHost(TimeSpan? timeout = null, TimeProvider? time = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (timeout is { } t)
        {
            builder.Configuration["Media:Channels:WeChat:Timeout"] = t.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        builder.AddWeChatChannel();
        _host = builder.Build();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public IWeChatClient Client => _host.Services.GetRequiredService<IWeChatClient>();

    public WeChatTokenCache Tokens => _host.Services.GetRequiredService<WeChatTokenCache>();

    public WeChatHtmlConverter Converter => _host.Services.GetRequiredService<WeChatHtmlConverter>();

    public WeChatCallbackReader Reader => _host.Services.GetRequiredService<WeChatCallbackReader>();

    public void Dispose() => _host.Dispose();
}
