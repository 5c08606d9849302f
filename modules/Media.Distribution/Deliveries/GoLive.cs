using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Data;

namespace Media.Distribution.Deliveries;

/// <summary>A scheduled article goes live when its first delivery runs — after the sign-off guard checks, once
/// more, that what is about to go out is exactly what was signed.</summary>
public sealed class GoLive(MediaDbContext db, IArticleLifecycle articles, IArticlePublication publication, ISignOffGuard guard,
    IAuditTrail audit, IDomainEventPublisher events)
{
    /// <returns>Null when the article is live; otherwise why it must not go out.</returns>
    public async Task<string?> EnsurePublishedAsync(Guid articleId, CancellationToken ct)
    {
        var state = await articles.FindAsync(articleId, ct);
        if (state is null) return "稿件不存在。The article is gone.";
        if (state.Status == EditorialStatus.Published) return null;
        if (state.Status != EditorialStatus.Scheduled) return $"稿件状态为 {state.Status}，不能发布。";

        var verdict = await guard.CheckAsync(articleId, ct);
        if (!verdict.Ok) return "签发后内容有变，拒绝发布。The content is not what was signed: " + verdict.Reason;
        var staged = await publication.StagePublishedAsync(articleId, EditorialStatus.Scheduled, state.Version, ct);
        if (staged != TransitionOutcome.Staged)
            return (await articles.FindAsync(articleId, ct))?.Status == EditorialStatus.Published ? null : $"Could not go live: {staged}.";
        audit.Record(new AuditEvent(AuditActions.ArticlePublished, AuditSubject.Article(articleId), state.Version, state.ContentHash,
            new Dictionary<string, object?> { ["scheduled"] = true }, AuditActor.System));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear(); // another delivery's job took it live first; drop our copy of that change
            return null;
        }
        await events.PublishAsync(new ArticlePublicationChanged(articleId, state.ColumnId, EditorialStatus.Published), ct);
        return null;
    }
}
