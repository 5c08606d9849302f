using System.Globalization;
using Media.Site.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Media.Site.Endpoints;

/// <summary><c>GET|HEAD /search?q=&amp;page=</c> (docs/search.md §6): anonymous and, unlike the other pages, not
/// output-cached, so a retracted piece leaves the results as soon as it leaves the index.</summary>
internal static class SiteSearchEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapSiteSearch(this IEndpointRouteBuilder app)
    {
        app.MapMethods(SiteSearchPage.Path, GetOrHead, SearchAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<HtmlPage> SearchAsync(string? q, string? page, SiteSearchPage search, CancellationToken cancellationToken) =>
        await search.RenderAsync(q, PageNumber(page), cancellationToken);

    /// <summary>1 when absent; null when not a number (the page says so).</summary>
    private static int? PageNumber(string? page) =>
        page is null ? 1 : int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
