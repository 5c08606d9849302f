using Media.Abstractions.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Channels.App.Endpoints;

/// <summary>The published corrections (更正) in the app's anonymous read API (docs/lifecycle.md §4, docs/http-api.md
/// §4.9): paged, newest first, with the same ETag and cache lifetime as the articles.</summary>
public static class PublicCorrectionsEndpoints
{
    public static IEndpointRouteBuilder MapPublicCorrectionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/public").WithTags("Public read API").AllowAnonymous()
            .MapGet("/corrections", ListAsync).Produces(StatusCodes.Status304NotModified);
        return app;
    }

    internal static async Task<Results<Ok<PublicCorrectionList>, StatusCodeHttpResult>> ListAsync(
        int? page, int? pageSize, PublicArticleReader reader, HttpContext http, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var list = await reader.ListCorrectionsAsync(p, size, ct);
        return PublicCaching.Apply(http, PublicCaching.ETagOf(list))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(list);
    }
}
