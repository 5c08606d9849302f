using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Hosting;
using Media.Site.Caching;
using Media.Site.Endpoints;
using Media.Site.Rendering;
using Media.Site.Syndication;
using Media.Themes.County;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Site;

public static class SiteStartup
{
    /// <summary>The public county site: options, the county theme (parsed once), the output cache and its eviction.</summary>
    public static IHostApplicationBuilder AddSite(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName)
            .Validate(o => o.IsValid(), "Media:Site needs a Name, a positive OutputCacheSeconds and a SnapshotMilliseconds from 0 to 5000.")
            .Validate<IConfiguration>((_, configuration) => PublicSiteAddress.IsValid(configuration),
                $"{PublicSiteAddress.ConfigurationKey} must be an absolute http(s) URL such as https://news.example.gov.cn.")
            .ValidateOnStart();
        PublicSiteAddress.Register(services);
        services.AddSingleton<CountyTheme>();
        services.AddSingleton<SiteTemplates>();
        services.AddSingleton<ThemeStylesheet>();
        services.AddHttpContextAccessor(); // the composer reads the reader's 大字模式 (docs/architecture.md §8.1)
        services.AddScoped<CoverImages>();
        services.AddScoped<ResponsiveBody>();
        services.AddScoped<SiteComposer>();
        services.AddScoped<SitePages>();
        services.AddScoped<SiteSearchPage>();
        services.AddScoped<SiteFeeds>();
        services.AddScoped<SiteMap>();
        // The web channel's preview is the site itself (docs/review.md §4).
        services.AddScoped<IArticlePreview, SitePreview>();
        services.AddSingleton<SitePagePolicy>();
        services.AddSingleton<PageSnapshots>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>()
            .Configure<SitePagePolicy>((o, policy) => o.AddPolicy(SitePagePolicy.Name, policy));
        services.AddScoped<IAfterCommitHandler<ArticlePublicationChanged>, SiteCacheEviction>();
        return builder;
    }

    /// <summary>The node's copies of the public pages (<see cref="PageSnapshots"/>): the host puts this first, before
    /// routing and its output cache.</summary>
    public static IApplicationBuilder UseSitePageSnapshots(this IApplicationBuilder app) => app.UsePageSnapshots();

    /// <summary>Copies the pages the output cache answers into the node's copies: after routing, before the output cache.</summary>
    public static IApplicationBuilder UseSitePageSnapshotCapture(this IApplicationBuilder app) => app.UsePageSnapshotCapture();

    /// <summary>Maps the pages, the feeds and the theme's stylesheet. The output-cache middleware is the host's, at the top
    /// of its pipeline (a module's middleware could only go after the host's); it acts only on endpoints with a cache
    /// policy, as these pages have.</summary>
    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder app)
    {
        app.MapThemeAssets();
        app.MapSitePages();
        app.MapSiteSyndication();
        app.MapSiteSearch();
        app.MapReadingMode();
        return app;
    }
}
