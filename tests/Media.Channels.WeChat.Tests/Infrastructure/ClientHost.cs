using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Callbacks;
using Media.Channels.WeChat.Html;
using Media.Channels.WeChat.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>The module as the host will wire it (AddWeChatChannel), with a fresh token cache per instance, captured logs,
/// and, for the sender, the media files it reads images from.</summary>
public sealed class ClientHost : IDisposable
{
    private readonly IHost _host;
    private readonly List<IServiceScope> _scopes = [];

    public ClientHost(TimeSpan? timeout = null, TimeProvider? time = null, IMediaFiles? media = null,
        IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Media:Channels:AllowedPrivateHosts"] = "127.0.0.1,localhost"; // the sandbox (docs/http-api.md §7)
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }

        if (timeout is { } t)
        {
            builder.Configuration["Media:Channels:WeChat:Timeout"] = t.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        if (media is not null)
        {
            builder.Services.AddSingleton(media);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        builder.AddWeChatChannel();
        _host = builder.Build();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public IWeChatClient Client => _host.Services.GetRequiredService<IWeChatClient>();

    public IServiceProvider Services => _host.Services;

    public WeChatTokenCache Tokens => _host.Services.GetRequiredService<WeChatTokenCache>();

    public WeChatHtmlConverter Converter => _host.Services.GetRequiredService<WeChatHtmlConverter>();

    public WeChatCallbackReader Reader => _host.Services.GetRequiredService<WeChatCallbackReader>();

    /// <summary>The wechat <see cref="IChannelSender"/> as the outbox would resolve it, from a scope of its own.</summary>
    public IChannelSender Sender
    {
        get
        {
            var scope = _host.Services.CreateScope();
            _scopes.Add(scope);
            return scope.ServiceProvider.GetServices<IChannelSender>().Single(s => s.ChannelType == "wechat");
        }
    }

    public void Dispose()
    {
        foreach (var scope in _scopes)
        {
            scope.Dispose();
        }

        _host.Dispose();
    }
}
