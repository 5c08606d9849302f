using Media.Abstractions.Security;
using Media.Search.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Search.Endpoints;

/// <summary><c>POST /api/admin/search/rebuild</c> (Admin, docs/search.md §3): rebuilds the index of the running
/// site from the database; the <c>search rebuild</c> command does the same for a stopped one.</summary>
public static class SearchAdminEndpoints
{
    public static IEndpointRouteBuilder MapSearchAdmin(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/admin/search/rebuild", RebuildAsync).WithTags("Search").RequirePermission(SearchPermissions.RebuildSearchIndex);
        return app;
    }

    internal static async Task<Ok<SearchRebuildResponse>> RebuildAsync(SearchIndexRebuild rebuild, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SearchRebuildResponse(await rebuild.RunAsync(cancellationToken)));
}
