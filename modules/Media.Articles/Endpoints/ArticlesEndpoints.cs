using Media.Abstractions.Content;
using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Articles.Content;
using Media.Articles.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Articles.Endpoints;

public static class ArticlesEndpoints
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Articles").RequireAuthorization();
        articles.MapPost("/", CreateAsync).RequirePermission(ArticlesPermissions.CreateArticles);
        articles.MapGet("/", ListAsync);
        articles.MapGet("/{id:guid}", GetAsync);
        articles.MapPut("/{id:guid}", UpdateAsync);
        articles.MapArticleHistory();
        return app;
    }

    public sealed record ArticleList(IReadOnlyList<ArticleResponse> Items, int Total, int Page, int PageSize);

    internal static async Task<Results<Created<ArticleResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ArticleInput input, ArticleDesk desk, HttpResponse response, CancellationToken ct)
    {
        var result = await desk.CreateAsync(input, ct);
        if (result.Outcome != DeskOutcome.Saved) return Failure(result);
        EntityTags.Set(response, result.Version!.Version);
        return TypedResults.Created($"/api/articles/{result.Article!.Id}", ArticleResponse.From(result.Article, result.Version));
    }

    internal static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ArticleQueries queries, HttpResponse response, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } found) return Problems.NotFound($"No article {id}.");
        EntityTags.Set(response, found.Version.Version);
        return TypedResults.Ok(ArticleResponse.From(found.Article, found.Version));
    }

    internal static async Task<Results<Ok<ArticleList>, ValidationProblem>> ListAsync(
        ArticleQueries queries, string? status, Guid? columnId, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        if (status is not null && !EditorialStatus.All.Contains(status))
            return Problems.Validation(new FieldErrors().Add("status", $"Use one of: {string.Join(", ", EditorialStatus.All)}.").ToDictionary());
        var (p, size) = Paging.Normalize(page, pageSize);
        var (items, total) = await queries.ListAsync(new ArticleFilter(status, columnId, q, p, size), ct);
        return TypedResults.Ok(new ArticleList(items.Select(x => ArticleResponse.From(x.Item1, x.Item2)).ToList(), total, p, size));
    }

    internal static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ArticleInput input, ArticleDesk desk, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var ifMatch = EntityTags.ReadIfMatch(request);
        if (!ifMatch.IsPresent) return Problems.PreconditionRequired("Send If-Match with the version you edited (the ETag of GET /api/articles/{id}).");
        if (ifMatch.Version is not { } expected)
            return Problems.Validation(new FieldErrors().Add("If-Match", "If-Match must be a version number such as \"3\".").ToDictionary());

        var result = await desk.UpdateAsync(id, expected, input, ct);
        if (result.Outcome != DeskOutcome.Saved) return Failure(result, expected);
        EntityTags.Set(response, result.Version!.Version);
        return TypedResults.Ok(ArticleResponse.From(result.Article!, result.Version));
    }

    private static ProblemHttpResult Failure(DeskResult result, int? expected = null) => result.Outcome switch
    {
        DeskOutcome.Invalid => Problems.Make(StatusCodes.Status400BadRequest, "Invalid request", "One or more fields are invalid.",
            ProblemTypes.Validation, new Dictionary<string, object?> { ["errors"] = result.Errors }),
        DeskOutcome.UnknownColumn => Problems.UnprocessableFields(
            new Dictionary<string, string[]> { ["columnId"] = ["No such column."] }, "The column does not exist."),
        DeskOutcome.NotFound => Problems.NotFound("No such article."),
        DeskOutcome.Forbidden => Problems.Forbidden("You may not edit this article."),
        DeskOutcome.Stale => Problems.PreconditionFailed(
            $"The article is at version {result.Article?.CurrentVersion}, not {expected}: someone saved it since you loaded it. Reload and re-apply your change."),
        DeskOutcome.NotDraft => Problems.Conflict($"Only a draft can be edited; this article is '{result.Article?.Status}'."),
        _ => throw new InvalidOperationException($"Unexpected outcome {result.Outcome}."),
    };
}
