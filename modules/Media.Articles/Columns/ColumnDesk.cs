using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Articles.Columns;

/// <summary>Creates columns, checking parent and workflow, and records each change on the audit trail.</summary>
public sealed class ColumnDesk(MediaDbContext db, IAuditTrail audit, IServiceProvider services, TimeProvider clock)
{
    public async Task<(Column? Column, IDictionary<string, string[]>? Invalid, IDictionary<string, string[]>? Unknown)> CreateAsync(
        ColumnInput input, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any) return (null, errors.ToDictionary(), null);

        var unknown = new Abstractions.Problems.FieldErrors();
        if (input.ParentId is { } parent && !await db.Set<Column>().AnyAsync(c => c.Id == parent, ct))
            unknown.Add("parentId", $"No column {parent}.");
        if (input.WorkflowId is { } workflow && !await WorkflowExistsAsync(workflow, ct))
            unknown.Add("workflowId", $"No workflow {workflow}.");
        var slug = input.Slug!.Trim();
        if (await db.Set<Column>().AnyAsync(c => c.Slug == slug, ct)) unknown.Add("slug", $"The slug '{slug}' is taken.");
        if (unknown.Any) return (null, null, unknown.ToDictionary());

        var column = new Column
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Name = input.Name!.Trim(),
            Slug = slug,
            ParentId = input.ParentId,
            WorkflowId = input.WorkflowId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(column);
        audit.Record(new AuditEvent(AuditActions.ColumnCreated, AuditSubject.Column(column.Id),
            Data: new Dictionary<string, object?> { ["name"] = column.Name, ["slug"] = column.Slug, ["parentId"] = column.ParentId, ["workflowId"] = column.WorkflowId }));
        await db.SaveChangesAsync(ct);
        return (column, null, null);
    }

    /// <summary>Renames a column, changes its slug or its workflow (docs/http-api.md §4.3). The workflow applies to
    /// submissions from now on: a round under way keeps the stages it started with. The slug is refused (a conflict)
    /// once any of the column's pieces has gone out, because the column's page and feed live at it.</summary>
    public async Task<ColumnChange> UpdateAsync(Guid id, ColumnInput input, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any) return new(null, Invalid: errors.ToDictionary());
        var column = await db.Set<Column>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (column is null) return new(null);

        var slug = input.Slug!.Trim();
        var unknown = new Abstractions.Problems.FieldErrors();
        if (input.WorkflowId is { } workflow && workflow != column.WorkflowId && !await WorkflowExistsAsync(workflow, ct))
            unknown.Add("workflowId", $"No workflow {workflow}.");
        if (slug != column.Slug && await db.Set<Column>().AnyAsync(c => c.Slug == slug && c.Id != id, ct))
            unknown.Add("slug", $"The slug '{slug}' is taken.");
        if (unknown.Any) return new(column, Unknown: unknown.ToDictionary());
        if (slug != column.Slug && await db.Set<Article>().AnyAsync(a => a.ColumnId == id && a.PublishedAt != null, ct))
            return new(column, Conflict: $"栏目“{column.Name}”已有发布过的稿件，其栏目页和订阅地址在 /{column.Slug}/ 下，不能再改网址名。" +
                $"The column has published pieces: its page and feed live at '{column.Slug}', so the slug cannot change.");

        var before = Snapshot(column);
        column.Name = input.Name!.Trim();
        column.Slug = slug;
        column.WorkflowId = input.WorkflowId;
        var after = Snapshot(column);
        if (before.SequenceEqual(after)) return new(column);
        audit.Record(new AuditEvent(AuditActions.ColumnChanged, AuditSubject.Column(column.Id),
            Data: new Dictionary<string, object?> { ["before"] = before, ["after"] = after }));
        await db.SaveChangesAsync(ct);
        return new(column);
    }

    private static Dictionary<string, object?> Snapshot(Column c) =>
        new() { ["name"] = c.Name, ["slug"] = c.Slug, ["workflowId"] = c.WorkflowId };

    private async Task<bool> WorkflowExistsAsync(Guid id, CancellationToken ct) =>
        services.GetService<IWorkflowCatalog>() is { } catalog && await catalog.ExistsAsync(id, ct);
}

/// <summary>What <see cref="ColumnDesk.UpdateAsync"/> answered: the column (null when unknown), or why not.</summary>
public sealed record ColumnChange(Column? Column, IDictionary<string, string[]>? Invalid = null,
    IDictionary<string, string[]>? Unknown = null, string? Conflict = null);
