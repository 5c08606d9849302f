using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Review.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Review.Endpoints;

/// <summary>Workflows as data: ordered stages, each naming the role that decides it; the last is the sign-off.</summary>
public static class WorkflowsEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowsApi(this IEndpointRouteBuilder app)
    {
        var workflows = app.MapGroup("/api/workflows").WithTags("Workflows");
        workflows.MapPost("/", CreateAsync).RequirePermission(ReviewPermissions.ManageWorkflows);
        workflows.MapPut("/{id:guid}", UpdateAsync).RequirePermission(ReviewPermissions.ManageWorkflows);
        workflows.MapGet("/", ListAsync).RequirePermission(ReviewPermissions.ViewWorkflows);
        workflows.MapGet("/{id:guid}", GetAsync).RequirePermission(ReviewPermissions.ViewWorkflows);
        return app;
    }

    public sealed record WorkflowList(IReadOnlyList<WorkflowResponse> Items, int Total, int Page, int PageSize);

    internal static async Task<Results<Created<WorkflowResponse>, ValidationProblem>> CreateAsync(
        WorkflowInput input, WorkflowCatalog catalog, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any) return Problems.Validation(errors.ToDictionary());
        var workflow = await catalog.CreateAsync(input.Name!.Trim(), input.Normalize(), ct);
        return TypedResults.Created($"/api/workflows/{workflow.Id}", WorkflowResponse.From(workflow));
    }

    /// <summary><c>{ name, stages }</c> as for creation; rounds under way keep their stages (docs/review.md).</summary>
    internal static async Task<Results<Ok<WorkflowResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, WorkflowInput input, WorkflowCatalog catalog, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any) return Problems.Validation(errors.ToDictionary());
        var (workflow, conflict) = await catalog.UpdateAsync(id, input.Name!.Trim(), input.Normalize(), ct);
        if (conflict is not null) return Problems.Conflict(conflict);
        return workflow is null ? Problems.NotFound($"No workflow {id}.") : TypedResults.Ok(WorkflowResponse.From(workflow));
    }

    internal static async Task<Ok<WorkflowList>> ListAsync(WorkflowCatalog catalog, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var all = await catalog.ListAsync(ct);
        var items = all.Skip((p - 1) * size).Take(size).Select(WorkflowResponse.From).ToList();
        return TypedResults.Ok(new WorkflowList(items, all.Count, p, size));
    }

    internal static async Task<Results<Ok<WorkflowResponse>, ProblemHttpResult>> GetAsync(Guid id, WorkflowCatalog catalog, CancellationToken ct) =>
        await catalog.FindAsync(id, ct) is { } workflow
            ? TypedResults.Ok(WorkflowResponse.From(workflow))
            : Problems.NotFound($"No workflow {id}.");
}
