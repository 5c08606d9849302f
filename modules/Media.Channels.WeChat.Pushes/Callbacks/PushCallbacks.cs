using System.Globalization;
using Media.Channels.WeChat.Callbacks;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Sending;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Callbacks;

/// <summary>
/// MASSSENDJOBFINISH and PUBLISHJOBFINISH for a push (docs/wechat.md §15.7): the event is kept (once, whichever of
/// WeChat's tries arrives first), and the push that saved this msg_id or publish_id gets a run now. That run completes
/// it from the event, so the callback and the polling go through one path and the later one finds the push done. An
/// event that arrives before the push saved its id is read by the push's job right after it saves it.
/// </summary>
internal sealed class PushCallbacks(MediaDbContext db, PushQueue queue, TimeProvider clock) : IWeChatCallbackHandler
{
    public async Task HandleAsync(Guid channelId, WeChatCallbackResult callback, CancellationToken cancellationToken)
    {
        var (kind, externalId, facts, key) = callback switch
        {
            { MassSendJob: { } mass } => (PushEvent.MassSend, mass.MsgId.ToString(CultureInfo.InvariantCulture), PushEventFacts.From(mass),
                PushProgress.MsgId),
            { PublishJob: { } publish } => (PushEvent.Publish, publish.PublishId, PushEventFacts.From(publish), PushProgress.PublishId),
            _ => (null, null, null, null),
        };
        if (kind is null || externalId is null || facts is null || key is null) return;

        await KeepAsync(channelId, kind, externalId, facts, cancellationToken);
        var open = await db.Set<Push>().AsNoTracking()
            .Where(p => p.ChannelId == channelId && (p.Status == PushStatuses.Sending || p.Status == PushStatuses.AwaitingConfirmation))
            .Select(p => new { p.Id, p.ExternalIds })
            .ToListAsync(cancellationToken);
        if (open.FirstOrDefault(p => PushProgress.Read(p.ExternalIds).GetValueOrDefault(key) == externalId) is { } waiting)
            queue.Start(waiting.Id);
    }

    private async Task KeepAsync(Guid channelId, string kind, string externalId, PushEventFacts facts, CancellationToken ct)
    {
        if (await db.Set<PushEvent>().AnyAsync(e => e.ChannelId == channelId && e.Kind == kind && e.ExternalId == externalId, ct)) return;
        var row = new PushEvent
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), ChannelId = channelId, Kind = kind, ExternalId = externalId,
            Facts = facts.ToJson(), ReceivedAt = clock.GetUtcNow(),
        };
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A retry of the same event saved it at the same moment: the unique index keeps one.
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
