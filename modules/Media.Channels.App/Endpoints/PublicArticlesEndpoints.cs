using Media.Abstractions.Content;
using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Channels.App.Endpoints;

/// <summary>The anonymous read API of the county app: published articles only; 410 once retracted.</summary>
public static class PublicArticlesEndpoints
{
    public const string RetractedProblemType = "https://media.invalid/problems/retracted";

    public static IEndpointRouteBuilder MapPublicArticlesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public").WithTags("Public read API").AllowAnonymous();
        group.MapGet("/articles", ListAsync).Produces(StatusCodes.Status304NotModified);
        group.MapGet("/articles/{id:guid}", GetAsync).Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    internal static async Task<Results<Ok<PublicArticleList>, StatusCodeHttpResult>> ListAsync(
        Guid? columnId, int? page, int? pageSize, PublicArticleReader reader, HttpContext http, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var list = await reader.ListAsync(columnId, p, size, ct);
        return PublicCaching.Apply(http, PublicCaching.ETagOf(list))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(list);
    }

    internal static async Task<Results<Ok<PublicArticleResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetAsync(
        Guid id, PublicArticleReader reader, HttpContext http, CancellationToken ct)
    {
        var lookup = await reader.FindAsync(id, ct);
        switch (lookup.State)
        {
            case PublicationState.Published when lookup.Article is { } article:
                var body = await reader.ShapeAsync(article, ct);
                return PublicCaching.Apply(http, PublicCaching.ETagOf(body))
                    ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
                    : TypedResults.Ok(body);
            case PublicationState.Retracted:
                return Problems.Make(StatusCodes.Status410Gone, "Gone", $"Article {id} was retracted.", RetractedProblemType,
                    new Dictionary<string, object?> { ["articleId"] = id, ["retractedAt"] = lookup.RetractedAt });
            default:
                return Problems.NotFound($"No published article {id}.");
        }
    }
}
