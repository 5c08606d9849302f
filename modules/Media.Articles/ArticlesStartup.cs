using Media.Abstractions.Admin;
using Media.Abstractions.Content;
using Media.Abstractions.Hosting;
using Media.Abstractions.Security;
using Media.Articles.Columns;
using Media.Articles.Content;
using Media.Articles.Corrections;
using Media.Articles.Demo;
using Media.Articles.Endpoints;
using Media.Articles.Lifecycle;
using Media.Articles.Rendering;
using Media.Articles.Today;
using Media.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Articles;

public static class ArticlesStartup
{
    public static IHostApplicationBuilder AddArticles(this IHostApplicationBuilder builder, bool seedDemo)
    {
        var services = builder.Services;
        services.AddModelContributor(typeof(ArticlesStartup).Assembly);
        services.AddSingleton<IPermissionProvider, ArticlesPermissions>();
        services.AddAdminMenu<ArticlesAdminMenu>();
        services.AddArticlePanels();
        services.AddTodayPanel<MyArticlesTodayViewComponent>(100, ArticlesPermissions.CreateArticles);
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<EditorPreview>();
        services.AddSingleton<IArticlePreview, AppPreview>();
        services.AddScoped<ArticleAccess>();
        services.AddScoped<ArticleDesk>();
        services.AddScoped<VersionWriter>();
        services.AddScoped<LifecycleGate>();
        services.AddScoped<ArticleStates>();
        services.AddScoped<CommandEffects>();
        services.AddScoped<CorrectionDesk>();
        services.AddScoped<IPublishedCorrections, PublishedCorrections>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<IArticleLifecycle, ArticleLifecycle>();
        services.AddScoped<IArticleVersionReader, ArticleVersionReader>();
        services.AddScoped<IArticleHistory, ArticleHistory>();
        services.AddScoped<ColumnDesk>();
        services.AddSingleton<PublishedBodies>();
        services.AddScoped<IPublishedArticles, PublishedArticles>();
        if (seedDemo) services.AddScoped<IStartupTask, DemoNewsroom>();
        return builder;
    }

    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app) =>
        app.MapColumnsApi().MapArticlesApi().MapCorrectionsApi().MapPreviewFrames();
}
