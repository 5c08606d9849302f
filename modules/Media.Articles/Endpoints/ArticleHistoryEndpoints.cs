using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Articles.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Articles.Endpoints;

/// <summary>Versions, diffs and channel previews of one article.</summary>
public static class ArticleHistoryEndpoints
{
    public static RouteGroupBuilder MapArticleHistory(this RouteGroupBuilder articles)
    {
        articles.MapGet("/{id:guid}/versions", ListAsync);
        articles.MapGet("/{id:guid}/versions/{version:int}", GetAsync);
        articles.MapGet("/{id:guid}/diff", DiffAsync);
        articles.MapGet("/{id:guid}/preview", PreviewAsync);
        return articles;
    }

    public sealed record DiffResponse(Guid ArticleId, int From, int To, IReadOnlyList<FieldDiff> Fields);

    internal static async Task<Results<Ok<IReadOnlyList<VersionSummary>>, ProblemHttpResult>> ListAsync(
        Guid id, ArticleQueries queries, CancellationToken ct) =>
        await queries.VersionsAsync(id, ct) is { } versions
            ? TypedResults.Ok<IReadOnlyList<VersionSummary>>(versions.Select(VersionSummary.From).ToList())
            : Problems.NotFound($"No article {id}.");

    internal static async Task<Results<Ok<VersionResponse>, ProblemHttpResult>> GetAsync(
        Guid id, int version, ArticleQueries queries, CancellationToken ct) =>
        await queries.VersionAsync(id, version, ct) is { } v
            ? TypedResults.Ok(VersionResponse.From(v))
            : Problems.NotFound($"Article {id} has no version {version}.");

    internal static async Task<Results<Ok<DiffResponse>, ValidationProblem, ProblemHttpResult>> DiffAsync(
        Guid id, int? from, int? to, ArticleQueries queries, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (from is null) errors.Add("from", "'from' (a version number) is required.");
        if (to is null) errors.Add("to", "'to' (a version number) is required.");
        if (errors.Any) return Problems.Validation(errors.ToDictionary());
        var a = await queries.VersionAsync(id, from!.Value, ct);
        var b = await queries.VersionAsync(id, to!.Value, ct);
        if (a is null || b is null) return Problems.NotFound($"Article {id} has no version {(a is null ? from : to)}.");
        return TypedResults.Ok(new DiffResponse(id, a.Version, b.Version, VersionDiff.Compare(a, b)));
    }

    /// <summary>The version (the current one by default) as <paramref name="channel"/> receives it; never cached, never
    /// indexed (docs/review.md §4).</summary>
    internal static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        Guid id, string? channel, int? version, ArticleQueries queries, IEnumerable<IArticlePreview> previews, HttpResponse response,
        CancellationToken ct)
    {
        var renderer = ChannelPreview.Renderer(previews, channel ?? "web");
        if (renderer is null)
            return Problems.Validation(new FieldErrors().Add("channel",
                $"Use one of: {string.Join(", ", previews.Select(p => p.Channel))}.").ToDictionary());
        var found = await queries.FindAsync(id, ct);
        if (found is null) return Problems.NotFound($"No article {id}.");
        var v = await ChannelPreview.VersionAsync(queries, found.Value, version, ct);
        if (v is null) return Problems.NotFound($"Article {id} has no version {version}.");
        var html = await ChannelPreview.RenderAsync(renderer, v, ct);
        ChannelPreview.NotForCaches(response);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
