using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Security;
using Media.Data;
using Media.Review.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Review.Workflows;

/// <summary>The workflows: the built-in default and those an Admin created. Also answers the columns API's
/// <see cref="IWorkflowCatalog"/> and which workflow a column's articles go through.</summary>
public sealed class WorkflowCatalog(MediaDbContext db, IArticleLifecycle articles, IAuditTrail audit, ICurrentUser user, TimeProvider clock)
    : IWorkflowCatalog
{
    public async Task<bool> ExistsAsync(Guid workflowId, CancellationToken cancellationToken) =>
        workflowId == DefaultWorkflow.Id || await db.Set<Workflow>().AnyAsync(w => w.Id == workflowId, cancellationToken);

    public async Task<WorkflowDefinition?> FindAsync(Guid id, CancellationToken ct) =>
        id == DefaultWorkflow.Id
            ? DefaultWorkflow.Definition
            : await db.Set<Workflow>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, ct) is { } w ? ToDefinition(w) : null;

    /// <summary>The default first, then the others by name.</summary>
    public async Task<IReadOnlyList<WorkflowDefinition>> ListAsync(CancellationToken ct)
    {
        var stored = await db.Set<Workflow>().AsNoTracking().OrderBy(w => w.Name).ThenBy(w => w.Id).ToListAsync(ct);
        return [DefaultWorkflow.Definition, .. stored.Select(ToDefinition)];
    }

    public async Task<IReadOnlyList<KeyValuePair<Guid, string>>> NamesAsync(CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).Select(w => KeyValuePair.Create(w.Id, w.Name)).ToList();

    /// <summary>The column's own workflow, or the default when it names none (or one that no longer exists).</summary>
    public async Task<WorkflowDefinition> ForColumnAsync(Guid columnId, CancellationToken ct) =>
        await articles.ColumnWorkflowAsync(columnId, ct) is { } id && await FindAsync(id, ct) is { } found
            ? found
            : DefaultWorkflow.Definition;

    public async Task<WorkflowDefinition> CreateAsync(string name, IReadOnlyList<ReviewStage> stages, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var workflow = new Workflow { Id = Guid.CreateVersion7(now), Name = name, CreatedBy = user.Id, CreatedAt = now };
        workflow.Stages.AddRange(stages.Select((s, i) => new WorkflowStage { WorkflowId = workflow.Id, Position = i, Name = s.Name, Role = s.Role }));
        db.Add(workflow);
        audit.Record(new AuditEvent(AuditActions.WorkflowCreated, AuditSubject.Named("workflow", workflow.Id.ToString()),
            Data: new Dictionary<string, object?> { ["name"] = name, ["stages"] = stages.Select(s => new { s.Name, s.Role }).ToList() }));
        await db.SaveChangesAsync(ct);
        return ToDefinition(workflow);
    }

    /// <summary>Renames a workflow and replaces its stages (docs/http-api.md §4.4). Rounds already under way keep the
    /// stages they started with: each round stores its own copy. The built-in default is not stored and not edited.</summary>
    public async Task<(WorkflowDefinition? Workflow, string? Conflict)> UpdateAsync(Guid id, string name, IReadOnlyList<ReviewStage> stages, CancellationToken ct)
    {
        if (id == DefaultWorkflow.Id)
            return (DefaultWorkflow.Definition, "默认的三审流程是内置的，不能修改；请新建一个流程并在栏目中选用。The built-in default workflow cannot be edited.");
        var workflow = await db.Set<Workflow>().SingleOrDefaultAsync(w => w.Id == id, ct);
        if (workflow is null) return (null, null);
        var before = ToDefinition(workflow);
        if (before.Name == name && before.Stages.SequenceEqual(stages)) return (before, null);

        workflow.Name = name;
        var existing = workflow.Stages.OrderBy(s => s.Position).ToList();
        for (var i = 0; i < stages.Count; i++)
        {
            if (i < existing.Count)
            {
                existing[i].Name = stages[i].Name;
                existing[i].Role = stages[i].Role;
            }
            else
            {
                workflow.Stages.Add(new WorkflowStage { WorkflowId = workflow.Id, Position = i, Name = stages[i].Name, Role = stages[i].Role });
            }
        }
        foreach (var extra in existing.Skip(stages.Count)) workflow.Stages.Remove(extra);
        audit.Record(new AuditEvent(AuditActions.WorkflowChanged, AuditSubject.Named("workflow", workflow.Id.ToString()),
            Data: new Dictionary<string, object?> { ["before"] = Audited(before), ["after"] = Audited(ToDefinition(workflow)) }));
        await db.SaveChangesAsync(ct);
        return (ToDefinition(workflow), null);
    }

    private static object Audited(WorkflowDefinition w) =>
        new { name = w.Name, stages = w.Stages.Select(s => new { s.Name, s.Role }).ToList() };

    private static WorkflowDefinition ToDefinition(Workflow w) =>
        new(w.Id, w.Name, w.Stages.OrderBy(s => s.Position).Select(s => new ReviewStage(s.Name, s.Role)).ToList(), IsDefault: false);
}
