using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Problems;
using Media.Data;
using Media.Distribution.Channels;
using Media.Distribution.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Publishing;

/// <summary>Publishing asks the lifecycle for the status change (it checks the table and the sign-off guard on the one
/// read of the article), then writes one Delivery per channel and the audit entry in ONE save (the outbox). Jobs start
/// after that commit (<see cref="DeliveriesDue"/>). A correction re-delivers to the channels the piece reached.</summary>
public sealed class PublishDesk(MediaDbContext db, IArticleLifecycle articles, CorrectionDeliveries corrections, IAfterCommit afterCommit,
    IAuditTrail audit, TimeProvider clock, PublishReadiness readiness)
{
    public async Task<Outcome> PublishAsync(Guid articleId, PublishInput input, CancellationToken ct)
    {
        var (channels, errors) = await ResolveChannelsAsync(input.Channels, ct);
        if (errors.Any) return Outcome.Unprocessable("Unknown or disabled channels.", errors.ToDictionary()).Says("所选渠道不存在或已停用，未发布。");
        if (await ReadinessAsync(articleId, channels, ct) is { } refused) return refused;

        var now = clock.GetUtcNow();
        var scheduled = input.PublishAt is { } at && at > now.AddSeconds(5);
        var change = await articles.ApplyAsync(articleId, scheduled ? new ArticleCommand.Schedule(input.PublishAt!.Value) : new ArticleCommand.Publish(), ct);
        if (!change.Succeeded) return change.Outcome;

        var state = change.Article!;
        var dueAt = scheduled ? input.PublishAt!.Value.ToUniversalTime() : now;
        var deliveries = change.Correction is null
            ? channels.Select(c => NewDelivery(articleId, c, state, dueAt, now)).ToList()
            : await corrections.RedeliverAsync(state, channels, now, ct);
        db.AddRange(deliveries.Where(d => db.Entry(d).State == EntityState.Detached));
        audit.Record(Entry(change, channels, scheduled ? dueAt : null));
        afterCommit.Enlist(DeliveriesDue.Of(deliveries.Where(d => DeliveryStates.Open.Contains(d.State))));
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

    /// <summary>Every chosen channel's checks, on a piece that may be published at all (else the lifecycle answers):
    /// one problem anywhere and nothing is published (docs/http-api.md §4.7).</summary>
    private async Task<Outcome?> ReadinessAsync(Guid articleId, List<Channel> channels, CancellationToken ct)
    {
        if (await articles.FindAsync(articleId, ct) is not { } state || articles.Check(state, ArticleOperation.Publish) is not null) return null;
        var problems = await readiness.CheckAsync(articleId, state.Version, channels.Select(c => c.Type), ct);
        return problems.Count == 0 ? null
            : Outcome.Unprocessable("The article does not meet the chosen channels' requirements; nothing was published.",
                PublishReadiness.Errors(problems), PublishReadiness.Codes(problems)).Says("所选渠道的要求未满足，未发布；请按下方提示修改后再发布。");
    }

    private static AuditEvent Entry(ArticleChange change, List<Channel> channels, DateTimeOffset? publishAt)
    {
        var state = change.Article!;
        var data = new Dictionary<string, object?>
        {
            ["channels"] = channels.Select(c => new { c.Id, c.Type, c.Name }).ToList(),
            ["publishAt"] = publishAt,
        };
        if (change.Correction is { } corrected)
        {
            (data["correctionNote"], data["ofVersion"], data["oldContentHash"]) = (corrected.Note, corrected.OfVersion, corrected.OldContentHash);
            (data["correctedVersion"], data["newContentHash"]) = (corrected.CorrectedVersion, corrected.NewContentHash);
        }
        var action = change.Correction is not null ? AuditActions.CorrectionPublished
            : publishAt is not null ? AuditActions.ArticleScheduled : AuditActions.ArticlePublished;
        return new AuditEvent(action, AuditSubject.Article(state.Id), state.Version, state.ContentHash, data);
    }

    private async Task<(List<Channel> Channels, FieldErrors Errors)> ResolveChannelsAsync(Guid[]? requested, CancellationToken ct)
    {
        var all = await db.Set<Channel>().AsNoTracking().ToListAsync(ct);
        var errors = new FieldErrors();
        var ids = (requested ?? []).Distinct().ToList();
        foreach (var id in ids.Where(id => all.All(c => c.Id != id))) errors.Add("channels", $"No channel {id}.");
        foreach (var c in all.Where(c => ids.Contains(c.Id) && !c.IsEnabled)) errors.Add("channels", $"The channel '{c.Name}' is disabled.");
        var chosen = all.Where(c => c.Type == ChannelTypes.Web || ids.Contains(c.Id)).ToList();
        return (chosen, errors);
    }

    internal static Delivery NewDelivery(Guid articleId, Channel channel, ArticleState state, DateTimeOffset dueAt, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ArticleId = articleId,
        ChannelId = channel.Id,
        ChannelType = channel.Type,
        Version = state.Version,
        ContentHash = state.ContentHash,
        DueAt = dueAt,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
