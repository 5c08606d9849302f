using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Data;
using Media.Distribution.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Publishing;

/// <summary>撤稿 is one action: the article is retracted and every delivery that reached (or may have reached) its
/// channel becomes a retraction to run; one that never started is simply closed. One save, with the reason.</summary>
public sealed class RetractDesk(MediaDbContext db, IArticleLifecycle articles, IArticlePublication publication, IAuditTrail audit, TimeProvider clock)
{
    public const int MaxReason = 500;

    public async Task<PublishOutcome> RetractAsync(Guid articleId, string reason, CancellationToken ct)
    {
        var state = await articles.FindAsync(articleId, ct);
        if (state is null || !state.ViewerMaySee) return PublishOutcome.Refused(PublishOutcomeKind.NotFound, $"No article {articleId}.");
        var staged = await publication.StageRetractedAsync(articleId, reason, ct);
        if (staged != TransitionOutcome.Staged)
            return PublishOutcome.Refused(PublishOutcomeKind.Conflict, $"Only an approved, scheduled or published article can be retracted; this one is '{state.Status}'.");

        var now = clock.GetUtcNow();
        var deliveries = await db.Set<Delivery>().Where(d => d.ArticleId == articleId).ToListAsync(ct);
        foreach (var delivery in deliveries) Retract(delivery, now);
        audit.Record(new AuditEvent(AuditActions.ArticleRetracted, AuditSubject.Article(articleId), state.Version, state.ContentHash,
            new Dictionary<string, object?> { ["reason"] = reason, ["channels"] = deliveries.Select(d => d.ChannelId).ToList() }));
        await db.SaveChangesAsync(ct);
        return new PublishOutcome(PublishOutcomeKind.Accepted, Deliveries: deliveries.Where(d => d.State == DeliveryStates.Retracting).ToList());
    }

    private static void Retract(Delivery delivery, DateTimeOffset now)
    {
        var neverStarted = delivery.State == DeliveryStates.Pending && delivery.Attempts == 0 && delivery.Progress == "{}";
        delivery.State = neverStarted ? DeliveryStates.Retracted : DeliveryStates.Retracting;
        delivery.Attempts = 0;
        delivery.DueAt = now;
        delivery.LastError = null;
        delivery.UpdatedAt = now;
    }
}
