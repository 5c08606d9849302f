namespace Media.Abstractions.Content;

/// <summary>Read-only version history of an article for other modules (the audit trail's sign-off sheet). No access
/// filtering: callers authorize first.</summary>
public interface IArticleHistory
{
    /// <summary>Every version, oldest first; empty when there is no such article.</summary>
    Task<IReadOnlyList<ArticleVersionSummary>> GetVersionsAsync(Guid articleId, CancellationToken cancellationToken);
}
