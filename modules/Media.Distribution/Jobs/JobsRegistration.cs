using Hangfire;
using Hangfire.AspNetCore;
using Media.Abstractions.Hosting;
using Media.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Media.Distribution.Jobs;

/// <summary>Hangfire with this host's own storage and activator registered before <c>AddHangfire</c>, whose
/// registrations only fill what is missing — so nothing depends on Hangfire's static <c>JobStorage.Current</c>.</summary>
internal static class JobsRegistration
{
    public static void AddMediaJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<JobsOptions>().BindConfiguration("Media:Jobs")
            .Validate(o => o.InvisibilityTimeout >= TimeSpan.FromSeconds(5),
                "Media:Jobs:InvisibilityTimeout must be at least 5 seconds: the heartbeat runs every fifth of it, and at most once a second.")
            .ValidateOnStart();
        services.AddSingleton<JobStorage>(sp => JobStorageFactory.Create(
            sp.GetRequiredService<MediaDatabaseSettings>(), sp.GetRequiredService<MediaAppData>(), sp.GetRequiredService<IOptions<JobsOptions>>().Value));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, c) => c
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        var options = builder.Configuration.GetSection("Media:Jobs").Get<JobsOptions>() ?? new JobsOptions();
        if (options.RunServer)
        {
            services.AddHangfireServer((sp, o) =>
            {
                o.WorkerCount = options.WorkerCount;
                o.SchedulePollingInterval = options.PollInterval;
                o.ServerName = $"media-{Environment.MachineName}-{Guid.NewGuid():N}"[..40];
            });
        }
        services.AddHealthChecks().AddCheck<JobStorageHealthCheck>("jobs", tags: [MediaDataStartup.ReadyTag]);
    }

    public static void MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        var storage = app.ServiceProvider.GetRequiredService<JobStorage>();
        (app as IApplicationBuilder ?? throw new InvalidOperationException("The jobs dashboard needs the WebApplication, to audit its commands."))
            .UseJobsDashboardAudit();
        app.MapHangfireDashboard("/admin/jobs", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new JobsDashboardAuthorization()],
            DashboardTitle = "Media · 后台任务",
            AppPath = "/admin",
        }, storage);
    }
}
