using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Articles.Columns;
using Media.Articles.Data;
using Media.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Endpoints;

public static class ColumnsEndpoints
{
    public static IEndpointRouteBuilder MapColumnsApi(this IEndpointRouteBuilder app)
    {
        var columns = app.MapGroup("/api/columns").WithTags("Columns");
        columns.MapPost("/", CreateAsync).RequirePermission(ArticlesPermissions.ManageColumns);
        columns.MapPut("/{id:guid}", UpdateAsync).RequirePermission(ArticlesPermissions.ManageColumns);
        columns.MapGet("/", ListAsync).RequireAuthorization();
        columns.MapGet("/{id:guid}", GetAsync).RequireAuthorization();
        return app;
    }

    public sealed record ColumnResponse(Guid Id, string Name, string Slug, Guid? ParentId, Guid? WorkflowId)
    {
        public static ColumnResponse From(Column c) => new(c.Id, c.Name, c.Slug, c.ParentId, c.WorkflowId);
    }

    public sealed record ColumnList(IReadOnlyList<ColumnResponse> Items, int Total, int Page, int PageSize);

    internal static async Task<Results<Created<ColumnResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ColumnInput input, ColumnDesk desk, CancellationToken ct)
    {
        var (column, invalid, unknown) = await desk.CreateAsync(input, ct);
        if (invalid is not null) return Problems.Validation(invalid);
        if (unknown is not null) return Problems.UnprocessableFields(unknown, "The column refers to something that does not exist or is taken.");
        return TypedResults.Created($"/api/columns/{column!.Id}", ColumnResponse.From(column));
    }

    /// <summary><c>{ name, slug, workflowId }</c>: the whole of what may change (a null workflow is the default).</summary>
    internal static async Task<Results<Ok<ColumnResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, ColumnInput input, ColumnDesk desk, CancellationToken ct)
    {
        var change = await desk.UpdateAsync(id, input, ct);
        if (change.Invalid is not null) return Problems.Validation(change.Invalid);
        if (change.Column is null) return Problems.NotFound($"No column {id}.");
        if (change.Unknown is not null) return Problems.UnprocessableFields(change.Unknown, "The column refers to something that does not exist or is taken.");
        if (change.Conflict is not null) return Problems.Conflict(change.Conflict);
        return TypedResults.Ok(ColumnResponse.From(change.Column));
    }

    internal static async Task<Ok<ColumnList>> ListAsync(MediaDbContext db, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = db.Set<Column>().AsNoTracking().OrderBy(c => c.Slug);
        var items = await query.Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new ColumnList(items.Select(ColumnResponse.From).ToList(), await query.CountAsync(ct), p, size));
    }

    internal static async Task<Results<Ok<ColumnResponse>, ProblemHttpResult>> GetAsync(Guid id, MediaDbContext db, CancellationToken ct) =>
        await db.Set<Column>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } column
            ? TypedResults.Ok(ColumnResponse.From(column))
            : Problems.NotFound($"No column {id}.");
}
