using System.Globalization;
using Media.Abstractions.Content;
using Media.Site.Caching;
using Media.Site.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Site.Endpoints;

/// <summary>The public county site: anonymous, output-cached pages tagged for eviction on publish and retract.</summary>
internal static class SitePagesEndpoints
{
    /// <summary>Deeper pages than this are refused rather than turned into large offsets.</summary>
    public const int MaxPage = 10_000;

    public static IEndpointRouteBuilder MapSitePages(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("").AllowAnonymous().CacheOutput(SitePagePolicy.Name).ExcludeFromDescription();
        site.MapGet("/", HomeAsync);
        site.MapGet("/columns/{slug}", ColumnAsync);
        site.MapGet("/articles/{id:guid}", ArticleAsync);
        return app;
    }

    public static async Task<HtmlPage> HomeAsync(HttpContext http, SitePages pages, CancellationToken cancellationToken)
    {
        SiteCacheTags.Add(http, SiteCacheTags.Lists);
        return await pages.HomeAsync(cancellationToken);
    }

    public static async Task<HtmlPage> ColumnAsync(string slug, string? page, HttpContext http, SitePages pages, CancellationToken cancellationToken)
    {
        SiteCacheTags.Add(http, SiteCacheTags.Lists);
        var number = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > MaxPage))
            return await pages.NotFoundAsync(http.Request.Path, cancellationToken);
        return await pages.ColumnAsync(slug, number, cancellationToken) ?? await pages.NotFoundAsync(http.Request.Path, cancellationToken);
    }

    public static async Task<HtmlPage> ArticleAsync(Guid id, HttpContext http, IPublishedArticles published, SitePages pages, CancellationToken cancellationToken)
    {
        SiteCacheTags.Add(http, SiteCacheTags.Article(id));
        var lookup = await published.FindAsync(id, cancellationToken);
        return lookup switch
        {
            { State: PublicationState.Published, Article: { } article } => await pages.ArticleAsync(article, cancellationToken),
            { State: PublicationState.Retracted } => await pages.GoneAsync(http.Request.Path, lookup.RetractedAt, cancellationToken),
            _ => await pages.NotFoundAsync(http.Request.Path, cancellationToken),
        };
    }
}
