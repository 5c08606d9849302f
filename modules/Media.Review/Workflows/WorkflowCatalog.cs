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

    private static WorkflowDefinition ToDefinition(Workflow w) =>
        new(w.Id, w.Name, w.Stages.OrderBy(s => s.Position).Select(s => new ReviewStage(s.Name, s.Role)).ToList(), IsDefault: false);
}
