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
        articles.MapPost("/{id:guid}/restore", RestoreAsync);
        articles.MapArticleHistory();
        return app;
    }

    public sealed record ArticleList(IReadOnlyList<ArticleResponse> Items, int Total, int Page, int PageSize);

    internal static async Task<Results<Created<ArticleResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ArticleInput input, ArticleDesk desk, HttpResponse response, CancellationToken ct)
    {
        var result = await desk.CreateAsync(input, ct);
        if (!result.Saved) return result.Outcome.ToProblem();
        EntityTags.Set(response, result.Version!.Version);
        return TypedResults.Created($"/api/articles/{result.Article!.Id}", ArticleResponses.From(result.Article, result.Version));
    }

    internal static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ArticleQueries queries, HttpResponse response, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } found) return Problems.NotFound($"No article {id}.");
        EntityTags.Set(response, found.Version.Version);
        return TypedResults.Ok(ArticleResponses.From(found.Article, found.Version));
    }

    internal static async Task<Results<Ok<ArticleList>, ValidationProblem>> ListAsync(
        ArticleQueries queries, string? status, Guid? columnId, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        if (status is not null && !EditorialStatus.All.Contains(status))
            return Problems.Validation(new FieldErrors().Add("status", $"Use one of: {string.Join(", ", EditorialStatus.All)}.").ToDictionary());
        var (p, size) = Paging.Normalize(page, pageSize);
        var (items, total) = await queries.ListAsync(new ArticleFilter(status, columnId, q, p, size), ct);
        return TypedResults.Ok(new ArticleList(items.Select(x => ArticleResponses.From(x.Item1, x.Item2)).ToList(), total, p, size));
    }

    internal static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ArticleInput input, ArticleDesk desk, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        if (ExpectedVersion(request) is { } refused) return refused;
        var result = await desk.UpdateAsync(id, EntityTags.ReadIfMatch(request).Version!.Value, input, ct);
        return Saved(result, response);
    }

    /// <summary>Restores an earlier version as the newest one (<c>{ "version": n }</c>), with If-Match like an edit.</summary>
    internal static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> RestoreAsync(
        Guid id, RestoreInput input, ArticleDesk desk, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        if (ExpectedVersion(request) is { } refused) return refused;
        if (input.Version is not { } from) return Problems.Validation(new FieldErrors().Add("version", "'version' (the version to restore) is required.").ToDictionary());
        var result = await desk.RestoreAsync(id, EntityTags.ReadIfMatch(request).Version!.Value, from, ct);
        return Saved(result, response);
    }

    private static Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult> Saved(DeskResult result, HttpResponse response)
    {
        if (!result.Saved) return result.Outcome.ToProblem();
        EntityTags.Set(response, result.Version!.Version);
        return TypedResults.Ok(ArticleResponses.From(result.Article!, result.Version));
    }

    /// <summary>Null when If-Match names a version; otherwise 428 or 400 (docs/http-api.md §2.5).</summary>
    private static Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>? ExpectedVersion(HttpRequest request)
    {
        var ifMatch = EntityTags.ReadIfMatch(request);
        if (!ifMatch.IsPresent) return Problems.PreconditionRequired("Send If-Match with the version you edited (the ETag of GET /api/articles/{id}).");
        if (ifMatch.Version is null)
            return Problems.Validation(new FieldErrors().Add("If-Match", "If-Match must be a version number such as \"3\".").ToDictionary());
        return null;
    }
}
