using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Problems;
using Media.Data;
using Media.Distribution.Channels;
using Media.Distribution.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Publishing;

/// <summary>Work on one channel of a piece that is already live (docs/http-api.md §4.7): send a failed delivery again,
/// or add a channel the piece did not go to. Each is one save — the delivery row and its audit entry — and the job
/// starts after the commit (<see cref="DeliveriesDue"/>), exactly as for a publish.</summary>
public sealed class DeliveryDesk(MediaDbContext db, IArticleLifecycle articles, IAfterCommit afterCommit, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>重试: a <c>failed</c> delivery of a live piece goes back to <c>pending</c>, due now, with its attempts
    /// reset. What the channel already returned (<see cref="Delivery.Progress"/>) is kept, so the retry continues.</summary>
    public async Task<DeliveryOutcome> RetryAsync(Guid articleId, Guid deliveryId, CancellationToken ct)
    {
        if (await LiveAsync(articleId, ct) is { } refusal) return new(refusal);
        var delivery = await db.Set<Delivery>().SingleOrDefaultAsync(d => d.Id == deliveryId && d.ArticleId == articleId, ct);
        if (delivery is null) return new(Outcome.NotFound($"No delivery {deliveryId} of article {articleId}.").Says("找不到这条投递记录。"));
        if (delivery.State != DeliveryStates.Failed)
            return new(Outcome.Conflict($"Only a failed delivery can be retried; this one is '{delivery.State}'.")
                .Says($"只有投递失败的才能重试；这条投递现在是「{DeliveryStates.Label(delivery.State)}」，未重试。"));

        var now = clock.GetUtcNow();
        (delivery.State, delivery.Attempts, delivery.DueAt, delivery.LeaseUntil, delivery.LastError, delivery.UpdatedAt) =
            (DeliveryStates.Pending, 0, now, null, null, now);
        audit.Record(new AuditEvent(AuditActions.DeliveryRetried, AuditSubject.Article(articleId), delivery.Version, delivery.ContentHash,
            new Dictionary<string, object?> { ["deliveryId"] = delivery.Id, ["channelId"] = delivery.ChannelId }));
        return await SaveAsync(delivery, ct);
    }

    /// <summary>加发渠道: a published piece goes to one more enabled channel, with the version that is live.</summary>
    public async Task<DeliveryOutcome> AddChannelAsync(Guid articleId, Guid? channelId, CancellationToken ct)
    {
        var state = await articles.FindAsync(articleId, ct);
        if (state is not { ViewerMaySee: true }) return new(Outcome.NotFound($"No article {articleId}.").Says("找不到这篇稿件，可能已被删除或你无权查看。"));
        if (channelId is not { } id) return new(Outcome.Unprocessable("channelId", "Choose a channel.", "A channel is required.").Says("请选择要加发的渠道。"));
        var channel = await db.Set<Channel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (channel is null) return new(Outcome.Unprocessable("channelId", $"No channel {id}.", "Unknown channel.").Says("所选渠道不存在。"));
        if (!channel.IsEnabled) return new(Outcome.Unprocessable("channelId", $"The channel '{channel.Name}' is disabled.", "Disabled channel.")
            .Says($"渠道「{channel.Name}」已停用，不能加发。"));
        if (state.Status != EditorialStatus.Published || state.PublishedVersion != state.Version)
            return new(Outcome.Conflict($"A channel can be added only to a published piece; this one is '{state.Status}'.")
                .Says($"只有已发布的稿件可以加发渠道；这篇稿件现在是「{EditorialStatus.Label(state.Status)}」，未加发。"));
        if (await db.Set<Delivery>().AnyAsync(d => d.ArticleId == articleId && d.ChannelId == id, ct))
            return new(Outcome.Conflict($"The piece already has a delivery on '{channel.Name}'; retry it if it failed.")
                .Says($"这篇稿件已在「{channel.Name}」发过；如果投递失败，请点重试。"));

        var now = clock.GetUtcNow();
        var delivery = PublishDesk.NewDelivery(articleId, channel, state, now, now);
        db.Add(delivery);
        audit.Record(new AuditEvent(AuditActions.DeliveryAdded, AuditSubject.Article(articleId), state.Version, state.ContentHash,
            new Dictionary<string, object?> { ["deliveryId"] = delivery.Id, ["channel"] = new { channel.Id, channel.Type, channel.Name } }));
        return await SaveAsync(delivery, ct);
    }

    private async Task<Outcome?> LiveAsync(Guid articleId, CancellationToken ct) =>
        await articles.FindAsync(articleId, ct) switch
        {
            not { ViewerMaySee: true } => Outcome.NotFound($"No article {articleId}.").Says("找不到这篇稿件，可能已被删除或你无权查看。"),
            { Status: EditorialStatus.Published or EditorialStatus.Correcting } => null,
            var state => Outcome.Conflict($"Only a live piece's deliveries can be retried; this one is '{state.Status}'.")
                .Says($"只有已发布的稿件可以重试投递；这篇稿件现在是「{EditorialStatus.Label(state.Status)}」，未重试。"),
        };

    private async Task<DeliveryOutcome> SaveAsync(Delivery delivery, CancellationToken ct)
    {
        afterCommit.Enlist(DeliveriesDue.Of([delivery]));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new(Outcome.Conflict("The delivery changed at the same moment; reload it.").Says("同一时间有人处理了这条投递，未执行；请刷新后查看。"));
        }
        return new(Outcome.Done, delivery);
    }
}

/// <summary>What <see cref="DeliveryDesk"/> answers: the outcome and, when done, the delivery as saved.</summary>
public sealed record DeliveryOutcome(Outcome Outcome, Delivery? Delivery = null);
