using System.Security.Claims;
using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.AuditTrail.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.AuditTrail.Endpoints;

/// <summary><c>GET /api/articles/{id}/audit</c>: lives under articles in the API (docs/http-api.md §4.8), answered by
/// the trail.</summary>
public static class ArticleAuditEndpoints
{
    public static IEndpointRouteBuilder MapArticleAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id:guid}/audit", ListAsync).WithTags("Audit trail").RequireAuthorization();
        return app;
    }

    internal static async Task<Results<Ok<IReadOnlyList<AuditEntryResponse>>, ProblemHttpResult>> ListAsync(
        Guid id, ClaimsPrincipal user, IPermissionService permissions, IArticleHistory history, AuditReader reader, CancellationToken ct)
    {
        if (!permissions.Has(user, AuditTrailPermissions.ViewAuditTrail) && !permissions.Has(user, AuditTrailPermissions.ViewArticleAudit))
            return Problems.Forbidden("Reading an article's audit entries needs ViewAuditTrail or ViewArticleAudit.");
        var entries = await reader.ForArticleAsync(id, ct);
        if (entries.Count == 0 && (await history.GetVersionsAsync(id, ct)).Count == 0) return Problems.NotFound($"No article {id}.");
        return TypedResults.Ok<IReadOnlyList<AuditEntryResponse>>(entries.Select(AuditEntryResponse.From).ToList());
    }
}
