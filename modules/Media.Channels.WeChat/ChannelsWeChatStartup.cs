using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Abstractions.Hosting;
using Media.Abstractions.Http;
using Media.Abstractions.Telemetry;
using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Articles;
using Media.Channels.WeChat.Callbacks;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Endpoints;
using Media.Channels.WeChat.Html;
using Media.Channels.WeChat.Tokens;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Media.Channels.WeChat;

public static class ChannelsWeChatStartup
{
    /// <summary>
    /// Registers the WeChat client (<see cref="IWeChatClient"/>), the one shared <see cref="WeChatTokenCache"/> (its tokens in
    /// Redis when <c>Media:Redis:Configuration</c> is set, see <see cref="MediaRedis"/>), the HTML
    /// converter and the callback reader, all singletons, the named HttpClient with the configured timeout
    /// (<c>Media:Channels:WeChat:Timeout</c>, 15 s by default), and the channel's <see cref="IChannelSender"/>
    /// (scoped: it reads images through <see cref="IMediaFiles"/>, which the media library provides), and the
    /// <c>wechat</c> channel preview (<see cref="IArticlePreview"/>: the content draft/add will receive).
    /// </summary>
    public static IHostApplicationBuilder AddWeChatChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WeChatChannelOptions>()
            .BindConfiguration(WeChatChannelOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboundAddressPolicy>();
        services.AddHttpClient(WeChatTransport.HttpClientName)
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<WeChatChannelOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<OutboundAddressPolicy>().CreateHandler());
        services.AddMeterOwner<WeChatTelemetry>();
        services.TryAddSingleton(sp => new WeChatTransport(sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<WeChatTelemetry>(), sp.GetRequiredService<ILogger<WeChatTransport>>()));
        var redis = MediaRedis.Register(services, builder.Configuration);
        services.TryAddSingleton(sp => new WeChatTokenCache(sp.GetRequiredService<WeChatTransport>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<WeChatChannelOptions>>(),
            sp.GetRequiredService<ILogger<WeChatTokenCache>>(),
            redis is null ? null : new SharedTokenStore(redis, sp.GetRequiredService<TimeProvider>(),
                2 * sp.GetRequiredService<IOptions<WeChatChannelOptions>>().Value.Timeout)));
        services.TryAddSingleton<IWeChatClient>(sp => new WeChatClient(sp.GetRequiredService<WeChatTransport>(),
            sp.GetRequiredService<WeChatTokenCache>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WeChatClient>>()));
        services.TryAddSingleton<WeChatHtmlConverter>();
        services.TryAddSingleton<WeChatCallbackReader>();
        PublicSiteAddress.Register(services);
        services.AddSingleton<IArticlePreview, WeChatPreview>(sp => new WeChatPreview(sp.GetRequiredService<IMarkdownRenderer>(),
            sp.GetRequiredService<WeChatHtmlConverter>(), sp.GetRequiredService<PublicSiteAddress>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelReadiness, WeChatReadiness>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IChannelSender, WeChatChannelSender>(sp => new WeChatChannelSender(
            sp.GetRequiredService<IWeChatClient>(), sp.GetRequiredService<WeChatHtmlConverter>(),
            sp.GetRequiredService<IMediaFiles>(), sp.GetRequiredService<IOptions<WeChatChannelOptions>>().Value.PublishPollDelay,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<WeChatChannelSender>>())));
        return builder;
    }

    /// <summary>Maps <c>GET|POST /wechat/callback/{channelId}</c>, WeChat's event pushes for each wechat channel.</summary>
    public static IEndpointRouteBuilder MapWeChatChannel(this IEndpointRouteBuilder app) => app.MapWeChatCallbacks();
}
