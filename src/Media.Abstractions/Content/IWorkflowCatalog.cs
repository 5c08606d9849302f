namespace Media.Abstractions.Content;

/// <summary>Lets the columns API and page check and name a workflow without knowing the review module's tables.</summary>
public interface IWorkflowCatalog
{
    Task<bool> ExistsAsync(Guid workflowId, CancellationToken cancellationToken);

    /// <summary>Every workflow's id and name, the default first: the column form's choice (docs/admin-ui.md §7).</summary>
    Task<IReadOnlyList<KeyValuePair<Guid, string>>> NamesAsync(CancellationToken cancellationToken);
}
