using System.Globalization;
using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Review.Rounds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Review.Endpoints;

/// <summary>Submit, withdraw, review (decide), reopen, and the review history of an article.</summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var articles = app.MapGroup("/api/articles").WithTags("Review").RequireAuthorization();
        articles.MapPost("/{id:guid}/submit", SubmitAsync);
        articles.MapPost("/{id:guid}/withdraw", WithdrawAsync);
        articles.MapPost("/{id:guid}/review", ReviewAsync);
        articles.MapPost("/{id:guid}/reopen", ReopenAsync);
        articles.MapGet("/{id:guid}/reviews", RoundsAsync);
        return app;
    }

    internal static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> SubmitAsync(
        Guid id, SubmitInput input, SubmissionDesk desk, IArticleLifecycle articles, HttpResponse response, CancellationToken ct) =>
        await AnswerAsync(id, await desk.SubmitAsync(id, input, ct), articles, response, ct);

    internal static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> WithdrawAsync(
        Guid id, CommentInput? input, SubmissionDesk desk, IArticleLifecycle articles, HttpResponse response, CancellationToken ct) =>
        await AnswerAsync(id, await desk.WithdrawAsync(id, input ?? new CommentInput(null), ct), articles, response, ct);

    internal static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> ReviewAsync(
        Guid id, DecisionInput input, DecisionDesk desk, IArticleLifecycle articles, HttpResponse response, CancellationToken ct) =>
        await AnswerAsync(id, await desk.DecideAsync(id, input, ct), articles, response, ct);

    internal static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> ReopenAsync(
        Guid id, CommentInput? input, SubmissionDesk desk, IArticleLifecycle articles, HttpResponse response, CancellationToken ct) =>
        await AnswerAsync(id, await desk.ReopenAsync(id, input ?? new CommentInput(null), ct), articles, response, ct);

    internal static async Task<Results<Ok<IReadOnlyList<RoundView>>, ProblemHttpResult>> RoundsAsync(
        Guid id, IArticleLifecycle articles, ReviewHistory history, CancellationToken ct)
    {
        if (await articles.FindAsync(id, ct) is not { ViewerMaySee: true }) return Problems.NotFound($"No article {id}.");
        return TypedResults.Ok(await history.RoundsAsync(id, ct));
    }

    /// <summary>Every review action answers with the Article JSON and its version as ETag (docs/http-api.md §4.4).</summary>
    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> AnswerAsync(
        Guid id, Outcome outcome, IArticleLifecycle articles, HttpResponse response, CancellationToken ct)
    {
        if (!outcome.Succeeded) return outcome.ToProblem();
        if (await articles.DescribeAsync(id, ct) is not { } article) return Problems.NotFound($"No article {id}.");
        response.Headers.ETag = $"\"{article.Version.ToString(CultureInfo.InvariantCulture)}\"";
        return TypedResults.Ok(article);
    }
}
