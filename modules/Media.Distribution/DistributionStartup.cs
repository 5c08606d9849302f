using Media.Abstractions.Hosting;
using Media.Abstractions.Security;
using Media.Data;
using Media.Distribution.Channels;
using Media.Distribution.Endpoints;
using Media.Distribution.Jobs;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Distribution;

public static class DistributionStartup
{
    public static IHostApplicationBuilder AddDistribution(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModelContributor(typeof(DistributionStartup).Assembly);
        services.AddSingleton<IPermissionProvider, DistributionPermissions>();
        services.AddSingleton<ChannelSecrets>();
        services.AddScoped<ChannelDesk>();
        services.AddScoped<IStartupTask, EnsureWebChannel>();
        builder.AddMediaJobs();
        return builder;
    }

    public static IEndpointRouteBuilder MapDistribution(this IEndpointRouteBuilder app)
    {
        app.MapChannelsApi();
        app.MapJobsDashboard();
        return app;
    }
}
