using Media.Abstractions.Hosting;
using Media.Site.Caching;
using Media.Site.Rendering;
using Media.Site.Syndication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Site.Endpoints;

/// <summary>What readers' feed readers and crawlers fetch: the RSS feeds, the sitemap and robots.txt
/// (docs/http-api.md §4.11). Feeds and sitemap are listings for the output cache: tagged with the listings, they are
/// evicted with them on every publication change (docs/architecture.md §4.2).</summary>
internal static class SiteSyndicationEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapSiteSyndication(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("").AllowAnonymous().CacheOutput(SitePagePolicy.Name).ExcludeFromDescription();
        site.MapMethods(SiteFeeds.SitePath, GetOrHead, SiteFeedAsync);
        site.MapMethods("/{slug}" + SiteFeeds.SitePath, GetOrHead, ColumnFeedAsync);
        site.MapMethods(SiteMap.Path, GetOrHead, SiteMapAsync);
        site.MapMethods("/robots.txt", GetOrHead, Robots);
        return app;
    }

    public static async Task<SiteDocument> SiteFeedAsync(HttpContext http, SiteFeeds feeds, CancellationToken cancellationToken)
    {
        SiteCacheTags.Add(http, SiteCacheTags.Lists);
        return await feeds.SiteAsync(cancellationToken);
    }

    public static async Task<IResult> ColumnFeedAsync(string slug, HttpContext http, SiteFeeds feeds, SitePages pages, CancellationToken cancellationToken)
    {
        SiteCacheTags.Add(http, SiteCacheTags.Lists);
        return await feeds.ColumnAsync(slug, cancellationToken) as IResult ?? await pages.NotFoundAsync(http.Request.Path, cancellationToken);
    }

    public static async Task<SiteDocument> SiteMapAsync(HttpContext http, SiteMap map, CancellationToken cancellationToken)
    {
        SiteCacheTags.Add(http, SiteCacheTags.Lists);
        return await map.RenderAsync(cancellationToken);
    }

    /// <summary>Crawlers may read the site but not the newsroom; the sitemap is named with its absolute address, as
    /// the robots.txt convention requires.</summary>
    public static SiteDocument Robots(PublicSiteAddress address) =>
        new("text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(
            $"User-agent: *\nDisallow: /admin\nDisallow: /api/\n\nSitemap: {address.Absolute(SiteMap.Path)}\n"));
}
