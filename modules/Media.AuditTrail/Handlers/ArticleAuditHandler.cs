using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Events;

namespace Media.AuditTrail.Handlers;

/// <summary>Content never references the audit trail: its saves are recorded from the content events.</summary>
internal sealed class ArticleAuditHandler(IAuditTrail audit) : IBeforeSaveHandler<ArticleVersionSaved>
{
    public Task HandleAsync(ArticleVersionSaved e, CancellationToken cancellationToken)
    {
        audit.Record(new AuditEvent(
            e.IsNewArticle ? AuditActions.ArticleCreated : AuditActions.ArticleEdited,
            AuditSubject.Article(e.ArticleId), e.Version, e.ContentHash,
            new Dictionary<string, object?> { ["title"] = e.Title, ["columnId"] = e.ColumnId }));
        return Task.CompletedTask;
    }
}
