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

    private async Task<bool> WorkflowExistsAsync(Guid id, CancellationToken ct) =>
        services.GetService<IWorkflowCatalog>() is { } catalog && await catalog.ExistsAsync(id, ct);
}
