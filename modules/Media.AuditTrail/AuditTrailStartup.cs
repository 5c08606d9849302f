using Media.Abstractions.Admin;
using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Security;
using Media.AuditTrail.Access;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Endpoints;
using Media.AuditTrail.Export;
using Media.AuditTrail.Handlers;
using Media.AuditTrail.Reading;
using Media.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.AuditTrail;

public static class AuditTrailStartup
{
    public static IHostApplicationBuilder AddAuditTrail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModelContributor(typeof(AuditTrailStartup).Assembly);
        services.AddSingleton<IPermissionProvider, AuditTrailPermissions>();
        services.AddAdminMenu<AuditTrailAdminMenu>();
        services.AddSingleton<AuditKey>();
        services.AddSingleton<AuditChain>();
        services.AddSingleton<AuditHeadAnchor>();
        services.AddSingleton<IInterceptor, AuditChainInterceptor>();
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditTrail, AuditTrailWriter>();
        services.AddScoped<IBeforeSaveHandler<ArticleVersionSaved>, ArticleAuditHandler>();
        services.AddScoped<AuditReader>();
        services.AddOptions<AuditTrailOptions>().BindConfiguration(AuditTrailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped(ChainStretchWalker);
        services.AddScoped<AuditTrailVerifier>();
        services.AddSingleton<AuditVerifyLimiter>();
        services.AddSingleton<AuditExportWriter>();
        services.AddScoped<AuditReads>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RefusedAccessResultHandler>();
        return builder;
    }

    /// <summary>Verify reads rows in the provider's own terms (see the walkers); EF entities are the fallback.</summary>
    private static IChainStretchWalker ChainStretchWalker(IServiceProvider services)
    {
        var database = services.GetRequiredService<MediaDatabaseSettings>();
        var chain = services.GetRequiredService<AuditChain>();
        return database.Provider switch
        {
            DatabaseProvider.PostgreSql => new PostgresStretchWalker(database.ConnectionString, chain),
            _ => (IChainStretchWalker?)SqliteStretchWalker.For(services.GetRequiredService<MediaDbContext>(), database.ConnectionString, chain) ??
                ActivatorUtilities.CreateInstance<EntityStretchWalker>(services),
        };
    }

    /// <summary>Maps the API and adds the refused-access record to the pipeline. Call it before the other modules'
    /// Map calls, so that 403s written by their middleware (e.g. the password-change gate) pass through it.</summary>
    public static IEndpointRouteBuilder MapAuditTrail(this IEndpointRouteBuilder app)
    {
        var pipeline = app as IApplicationBuilder
            ?? throw new InvalidOperationException("MapAuditTrail needs the WebApplication, to record refused access.");
        pipeline.UseRefusedAccessAudit();
        return app.MapAuditApi().MapArticleAuditApi();
    }
}
