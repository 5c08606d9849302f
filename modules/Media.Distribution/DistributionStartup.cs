using Media.Abstractions.Admin;
using Media.Abstractions.Distribution;
using Media.Abstractions.Events;
using Media.Abstractions.Hosting;
using Media.Abstractions.Http;
using Media.Abstractions.Security;
using Media.Abstractions.Telemetry;
using Media.Data;
using Media.Distribution.Channels;
using Media.Distribution.Components;
using Media.Distribution.Deliveries;
using Media.Distribution.Endpoints;
using Media.Distribution.Jobs;
using Media.Distribution.Publishing;
using Media.Distribution.Senders;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Media.Distribution;

public static class DistributionStartup
{
    public static IHostApplicationBuilder AddDistribution(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModelContributor(typeof(DistributionStartup).Assembly);
        services.AddSingleton<IPermissionProvider, DistributionPermissions>();
        services.AddAdminMenu<DistributionAdminMenu>();
        services.AddArticlePanel<ArticleDeliveriesViewComponent>(100, DistributionPermissions.ViewChannels);
        services.AddTodayPanel<DeliveriesTodayViewComponent>(200, DistributionPermissions.ViewChannels);
        services.AddSingleton<ChannelSecrets>();
        PublicSiteAddress.Register(services);
        services.AddScoped<ChannelDesk>();
        services.TryAddSingleton<OutboundAddressPolicy>();
        services.AddScoped<IStartupTask, EnsureWebChannel>();
        services.AddOptions<DistributionOptions>().BindConfiguration("Media:Distribution").ValidateOnStart();
        services.AddScoped<IChannelDirectory, ChannelDirectory>();
        services.AddScoped<IDeliveryCallbacks, DeliveryCallbacks>();
        services.AddScoped<IChannelSender, WebChannelSender>();
        services.AddScoped<PublishDesk>();
        services.AddScoped<PublishReadiness>();
        services.AddScoped<RetractDesk>();
        services.AddScoped<DeliveryDesk>();
        services.AddScoped<CorrectionDeliveries>();
        services.AddScoped<IAfterCommitHandler<DeliveriesDue>, StartDeliveryJobs>();
        services.AddScoped<DeliveryLedger>();
        services.AddScoped<DeliveryAttempt>();
        services.AddScoped<DeliveryVerdicts>();
        services.AddScoped<GoLive>();
        services.AddScoped<DeliveryQueue>();
        services.AddScoped<DeliveryJob>();
        services.AddMeterOwner<DeliveryTelemetry>();
        services.AddScoped<DeliverySweep>();
        services.AddScoped<IStartupTask, SweepAtStart>();
        builder.AddMediaJobs();
        return builder;
    }

    public static IEndpointRouteBuilder MapDistribution(this IEndpointRouteBuilder app)
    {
        app.MapChannelsApi();
        app.MapPublishingApi();
        app.MapJobsDashboard();
        return app;
    }
}
