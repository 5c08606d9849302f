namespace Media.Abstractions.Content;

/// <summary>Lets the columns API check a workflow id without knowing the review module's tables.</summary>
public interface IWorkflowCatalog
{
    Task<bool> ExistsAsync(Guid workflowId, CancellationToken cancellationToken);
}
