using Media.Abstractions.Content;
using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Articles.Corrections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Articles.Endpoints;

/// <summary>更正: open a correction of a published article (docs/lifecycle.md §4). The corrected version is then
/// edited, submitted, reviewed and published with the article's other endpoints.</summary>
public static class CorrectionsEndpoints
{
    public static IEndpointRouteBuilder MapCorrectionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/articles").WithTags("Articles")
            .MapPost("/{id:guid}/corrections", OpenAsync).RequirePermission(EditorialPermissions.CorrectArticles);
        return app;
    }

    internal static async Task<Results<Created<ArticleResponse>, ProblemHttpResult>> OpenAsync(
        Guid id, CorrectionInput input, CorrectionDesk desk, HttpResponse response, CancellationToken ct)
    {
        var result = await desk.OpenAsync(id, input, ct);
        if (!result.Saved) return result.Outcome.ToProblem();
        EntityTags.Set(response, result.Version!.Version);
        return TypedResults.Created($"/api/articles/{id}", ArticleResponses.From(result.Article!, result.Version));
    }
}
