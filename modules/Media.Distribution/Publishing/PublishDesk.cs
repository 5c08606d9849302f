using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Data;
using Media.Distribution.Channels;
using Media.Distribution.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Publishing;

/// <summary>Publishing writes the status change, one Delivery per channel and the audit entry in ONE save (the
/// outbox); jobs start only after that commit. The sign-off guard runs first: only what was signed goes out.</summary>
public sealed class PublishDesk(MediaDbContext db, IArticleLifecycle articles, IArticlePublication publication,
    ISignOffGuard guard, IAuditTrail audit, TimeProvider clock)
{
    public async Task<PublishOutcome> PublishAsync(Guid articleId, PublishInput input, CancellationToken ct)
    {
        var state = await articles.FindAsync(articleId, ct);
        if (state is null || !state.ViewerMaySee) return PublishOutcome.Refused(PublishOutcomeKind.NotFound, $"No article {articleId}.");
        if (state.Status != EditorialStatus.Approved)
            return PublishOutcome.Refused(PublishOutcomeKind.Conflict, $"Only an approved article can be published; this one is '{state.Status}'.");
        var verdict = await guard.CheckAsync(articleId, ct);
        if (!verdict.Ok) return PublishOutcome.Refused(PublishOutcomeKind.Conflict, "The signed-off content does not match: " + verdict.Reason);

        var (channels, errors) = await ResolveChannelsAsync(input.Channels, ct);
        if (errors.Any) return new PublishOutcome(PublishOutcomeKind.Invalid, "Unknown or disabled channels.", errors.ToDictionary());

        var now = clock.GetUtcNow();
        var scheduled = input.PublishAt is { } at && at > now.AddSeconds(5);
        var staged = scheduled
            ? await publication.StageScheduledAsync(articleId, state.Version, ct)
            : await publication.StagePublishedAsync(articleId, EditorialStatus.Approved, state.Version, ct);
        if (staged != TransitionOutcome.Staged) return PublishOutcome.Refused(PublishOutcomeKind.Conflict, $"The article changed meanwhile ({staged}).");

        var dueAt = scheduled ? input.PublishAt!.Value.ToUniversalTime() : now;
        var deliveries = channels.Select(c => NewDelivery(articleId, c, state, dueAt, now)).ToList();
        db.AddRange(deliveries);
        audit.Record(new AuditEvent(scheduled ? AuditActions.ArticleScheduled : AuditActions.ArticlePublished,
            AuditSubject.Article(articleId), state.Version, state.ContentHash,
            new Dictionary<string, object?>
            {
                ["channels"] = channels.Select(c => new { c.Id, c.Type, c.Name }).ToList(),
                ["publishAt"] = scheduled ? dueAt : null,
            }));
        await db.SaveChangesAsync(ct);
        return new PublishOutcome(PublishOutcomeKind.Accepted, Deliveries: deliveries);
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

    private Delivery NewDelivery(Guid articleId, Channel channel, ArticleState state, DateTimeOffset dueAt, DateTimeOffset now) => new()
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
