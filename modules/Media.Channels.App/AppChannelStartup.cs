using Media.Abstractions.Distribution;
using Media.Abstractions.Hosting;
using Media.Abstractions.Http;
using Media.Channels.App.Endpoints;
using Media.Channels.App.Webhooks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Media.Channels.App;

public static class AppChannelStartup
{
    /// <summary>
    /// Registers the app channel's sender (an <see cref="IChannelSender"/> of type <c>app</c>) with its named HttpClient
    /// (no redirects, per-attempt timeout <c>Media:Channels:App:Timeout</c>, 10 s by default) and the read API's services.
    /// </summary>
    public static IHostApplicationBuilder AddAppChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AppChannelOptions>()
            .BindConfiguration(AppChannelOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        PublicSiteAddress.Register(services);
        services.TryAddScoped<PublicArticleReader>();
        services.AddHttpClient(AppChannelSender.HttpClientName)
            // The sender's own timer (on TimeProvider) ends an attempt; this is only a backstop.
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<AppChannelOptions>>().Value.Timeout + TimeSpan.FromSeconds(5))
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<OutboundAddressPolicy>().CreateHandler());
        services.TryAddSingleton<OutboundAddressPolicy>();
        services.TryAddSingleton<AppWebhookCorrections>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSender, AppChannelSender>());
        return builder;
    }

    public static IEndpointRouteBuilder MapAppChannel(this IEndpointRouteBuilder app) =>
        app.MapPublicArticlesApi().MapPublicCorrectionsApi();
}
