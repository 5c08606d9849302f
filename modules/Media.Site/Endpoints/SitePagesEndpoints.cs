using System.Globalization;
using Media.Abstractions.Content;
using Media.Site.Caching;
using Media.Site.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Site.Endpoints;

/// <summary>The public county site: anonymous, output-cached pages tagged for eviction on publish, correction and
/// retract. Every page answers HEAD as it answers GET (same status and headers, no body).</summary>
internal static class SitePagesEndpoints
{
    /// <summary>Deeper pages than this are refused rather than turned into large offsets.</summary>
    public const int MaxPage = 10_000;

    /// <summary>The readable article address (docs/http-api.md §4.14); the handler looks the whole path up.</summary>
    public const string ArticlePattern =
        "/{column}/{year:int:length(4)}/{month:int:length(2)}/{day:int:length(2)}/{shortId:length(8,32)}.html";

    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapSitePages(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("").AllowAnonymous().CacheOutput(SitePagePolicy.Name).ExcludeFromDescription();
        site.MapMethods("/", GetOrHead, HomeAsync);
        site.MapMethods("/columns/{slug}", GetOrHead, ColumnAsync);
        site.MapMethods(ArticlePattern, GetOrHead, ArticleAsync);
        site.MapMethods("/articles/{id:guid}", GetOrHead, LegacyArticleAsync);
        site.MapMethods(SitePages.CorrectionsPath, GetOrHead, CorrectionsAsync);
        // Any other address a reader types gets the theme's not-found page, never problem JSON (docs/admin-ui.md §3).
        // The API keeps its problem details (the pattern leaves /api out).
        app.MapFallback("{*path:regex(^(?!api(/|$)))}", UnknownAsync)
            .WithMetadata(new HttpMethodMetadata(GetOrHead)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>An address nothing else answers. Under /admin the host's status-code page speaks in the admin theme,
    /// so this answers a bare 404 there; elsewhere it is the public site's not-found page.</summary>
    public static async Task<IResult> UnknownAsync(HttpContext http, SitePages pages, CancellationToken cancellationToken) =>
        http.Request.Path.StartsWithSegments("/admin")
            ? Results.NotFound()
            : await pages.NotFoundAsync(http.Request.Path, cancellationToken);

    public static async Task<HtmlPage> HomeAsync(HttpContext http, SitePages pages, CancellationToken cancellationToken)
    {
        SiteCacheTags.Add(http, SiteCacheTags.Lists);
        return await pages.HomeAsync(cancellationToken);
    }

    public static async Task<HtmlPage> ColumnAsync(string slug, string? page, HttpContext http, SitePages pages, CancellationToken cancellationToken)
    {
        SiteCacheTags.Add(http, SiteCacheTags.Lists);
        if (PageNumber(page) is not { } number) return await pages.NotFoundAsync(http.Request.Path, cancellationToken);
        return await pages.ColumnAsync(slug, number, cancellationToken) ?? await pages.NotFoundAsync(http.Request.Path, cancellationToken);
    }

    /// <summary>An article at its stored address. Its page is tagged with the article (evicted on its publish, correction
    /// and retract) and with its column, whose publication changes alter its related pieces.</summary>
    public static async Task<HtmlPage> ArticleAsync(HttpContext http, IPublishedArticles published, SitePages pages, CancellationToken cancellationToken)
    {
        var path = http.Request.Path.Value ?? "";
        var lookup = await published.FindByUrlAsync(path, cancellationToken);
        if (lookup.Id is { } id) SiteCacheTags.Add(http, SiteCacheTags.Article(id));
        if (lookup.Article is { } article) SiteCacheTags.Add(http, SiteCacheTags.Column(article.ColumnId));
        return await PageAsync(lookup, path, pages, cancellationToken);
    }

    /// <summary><c>/articles/{id}</c>, the address before readable ones: <c>301</c> to the stored address. A piece still
    /// on the old address (published before, not published again since) is served there.</summary>
    public static async Task<IResult> LegacyArticleAsync(Guid id, HttpContext http, IPublishedArticles published, SitePages pages,
        CancellationToken cancellationToken)
    {
        var lookup = await published.FindAsync(id, cancellationToken);
        if (lookup.Url is { } url && !ArticleAddress.IsLegacy(url)) return Results.Redirect(url, permanent: true);
        SiteCacheTags.Add(http, SiteCacheTags.Article(id));
        if (lookup.Article is { } article) SiteCacheTags.Add(http, SiteCacheTags.Column(article.ColumnId));
        return await PageAsync(lookup, http.Request.Path, pages, cancellationToken);
    }

    private static async Task<HtmlPage> PageAsync(PublicArticleLookup lookup, string path, SitePages pages, CancellationToken cancellationToken) =>
        lookup switch
        {
            { State: PublicationState.Published, Article: { } article } => await pages.ArticleAsync(article, cancellationToken),
            { State: PublicationState.Retracted } => await pages.GoneAsync(path, lookup.RetractedAt, cancellationToken),
            _ => await pages.NotFoundAsync(path, cancellationToken),
        };

    /// <summary>The corrections list is a listing: every publication change (a correction published, a corrected
    /// piece retracted) evicts it with the others (docs/architecture.md §4.2).</summary>
    public static async Task<HtmlPage> CorrectionsAsync(string? page, HttpContext http, SitePages pages, CancellationToken cancellationToken)
    {
        SiteCacheTags.Add(http, SiteCacheTags.Lists);
        if (PageNumber(page) is not { } number) return await pages.NotFoundAsync(http.Request.Path, cancellationToken);
        return await pages.CorrectionsAsync(number, cancellationToken) ?? await pages.NotFoundAsync(http.Request.Path, cancellationToken);
    }

    /// <summary>The <c>?page=</c> of a listing: 1 when absent, null when not a number from 1 to <see cref="MaxPage"/>.</summary>
    private static int? PageNumber(string? page) =>
        page is null ? 1
        : int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPage ? number
        : null;
}
