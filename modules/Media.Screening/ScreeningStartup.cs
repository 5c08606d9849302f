using Media.Abstractions.Admin;
using Media.Abstractions.Screening;
using Media.Abstractions.Security;
using Media.Data;
using Media.Screening.Endpoints;
using Media.Screening.Store;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Screening;

public static class ScreeningStartup
{
    public static IHostApplicationBuilder AddScreening(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScreeningEngine();
        services.AddModelContributor(typeof(ScreeningStartup).Assembly);
        services.AddSingleton<IPermissionProvider, ScreeningPermissions>();
        services.AddSingleton<LexiconCache>();
        services.AddScoped<LexiconStore>();
        services.AddScoped<IArticleScreening, ArticleScreening>();
        services.AddAdminMenu<ScreeningAdminMenu>();
        return builder;
    }

    public static IEndpointRouteBuilder MapScreening(this IEndpointRouteBuilder app) => app.MapScreeningApi();
}
