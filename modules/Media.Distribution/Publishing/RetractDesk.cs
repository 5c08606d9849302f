using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Problems;
using Media.Data;
using Media.Distribution.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Publishing;

/// <summary>撤稿 is one action: the lifecycle retracts the article and every delivery that reached (or may have reached)
/// its channel becomes a retraction to run; one that never started is simply closed. One save, with the reason.</summary>
public sealed class RetractDesk(MediaDbContext db, IArticleLifecycle articles, IAfterCommit afterCommit, IAuditTrail audit, TimeProvider clock)
{
    public const int MaxReason = 500;

    public async Task<Outcome> RetractAsync(Guid articleId, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReason)
            return Outcome.Unprocessable("reason", $"Give the reason for the retraction (1–{MaxReason} characters).", "A retraction needs a reason.").Says($"请填写撤稿原因（1–{MaxReason} 字）。");
        var change = await articles.ApplyAsync(articleId, new ArticleCommand.Retract(reason.Trim()), ct);
        if (!change.Succeeded) return change.Outcome;

        var now = clock.GetUtcNow();
        var deliveries = await db.Set<Delivery>().Where(d => d.ArticleId == articleId).ToListAsync(ct);
        foreach (var delivery in deliveries) Retract(delivery, now);
        var state = change.Article!;
        audit.Record(new AuditEvent(AuditActions.ArticleRetracted, AuditSubject.Article(articleId), state.Version, state.ContentHash,
            new Dictionary<string, object?> { ["reason"] = reason.Trim(), ["channels"] = deliveries.Select(d => d.ChannelId).ToList() }));
        afterCommit.Enlist(DeliveriesDue.Of(deliveries.Where(d => d.State == DeliveryStates.Retracting)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome.Conflict("The article changed at the same moment; reload it.").Says("同一时间有人改动了这篇稿件，未执行；请刷新后再试。");
        }
        return Outcome.Done;
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
