using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Events;

namespace Media.AuditTrail.Handlers;

/// <summary>Content never references the audit trail: its saves are recorded from the content events.</summary>
internal sealed class ArticleAuditHandler(IAuditTrail audit) : IBeforeSaveHandler<ArticleVersionSaved>
{
    public Task HandleAsync(ArticleVersionSaved e, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, object?> { ["title"] = e.Title, ["columnId"] = e.ColumnId };
        if (e.RestoredFrom is { } from) data["restoredFrom"] = from;
        var action = e switch
        {
            { IsNewArticle: true } => AuditActions.ArticleCreated,
            { RestoredFrom: not null } => AuditActions.ArticleRestored,
            _ => AuditActions.ArticleEdited,
        };
        audit.Record(new AuditEvent(action, AuditSubject.Article(e.ArticleId), e.Version, e.ContentHash, data));
        return Task.CompletedTask;
    }
}
