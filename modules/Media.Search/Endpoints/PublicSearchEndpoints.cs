using Media.Abstractions.Hosting;
using Media.Abstractions.Problems;
using Media.Abstractions.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Search.Endpoints;

/// <summary><c>GET /api/public/search</c> (docs/http-api.md §4.12): anonymous, published articles only, never cached —
/// a retraction must leave the results within seconds.</summary>
public static class PublicSearchEndpoints
{
    public static IEndpointRouteBuilder MapPublicSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/public/search", Search).WithTags("Public read API").AllowAnonymous();
        return app;
    }

    internal static Results<Ok<PublicSearchResponse>, ValidationProblem> Search(
        string? q, int? page, int? pageSize, IArticleSearch search, PublicSiteAddress site, HttpContext http)
    {
        var (number, size) = (page ?? 1, pageSize ?? SearchLimits.DefaultPageSize);
        var errors = SearchLimits.Check(q, number, size);
        if (errors.Count > 0) return Problems.Validation(errors, string.Join(" ", errors.Values.SelectMany(e => e)));

        var results = search.Search(q!.Trim(), number, size);
        http.Response.Headers.CacheControl = "no-cache";
        var items = results.Items.Select(h => new PublicSearchItem(h.Id, h.Title, site.Absolute(h.Url), h.SnippetHtml, h.PublishedAt, h.Column)).ToList();
        return TypedResults.Ok(new PublicSearchResponse(items, results.Total, results.Page, results.PageSize));
    }
}
