using System.Reflection;
using Media.Abstractions.Events;
using Media.Abstractions.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Media.Data;

public static class MediaDataStartup
{
    public const string ReadyTag = "ready";

    private static readonly AfterCommitTransactions AfterCommit = new();

    /// <summary>Registers the one DbContext on the configured provider, its migrations on start, its health check.</summary>
    public static IHostApplicationBuilder AddMediaData(this IHostApplicationBuilder builder)
    {
        var appData = new MediaAppData(builder.Configuration, builder.Environment);
        var settings = MediaDatabaseSettings.From(builder.Configuration, appData);
        builder.Services.AddSingleton(appData);
        builder.Services.AddSingleton(settings);
        builder.Services.AddUnitOfWorkEvents();

        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            builder.Services.AddDbContext<MediaDbContext, PostgresMediaDbContext>((sp, o) =>
                o.UseNpgsql(settings.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>()).AddInterceptors(AfterCommit));
        }
        else
        {
            builder.Services.AddDbContext<MediaDbContext, SqliteMediaDbContext>((sp, o) =>
                o.UseSqlite(settings.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>()).AddInterceptors(AfterCommit));
        }

        builder.Services.AddScoped<IStartupTask, MigrateDatabase>();
        builder.Services.AddHealthChecks().AddDbContextCheck<MediaDbContext>("database", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>A module adds its entity configurations to the one model.</summary>
    public static IServiceCollection AddModelContributor(this IServiceCollection services, Assembly moduleAssembly) =>
        services.AddSingleton<IModelContributor>(new AssemblyModelContributor(moduleAssembly));
}
