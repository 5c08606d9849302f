using Media.Abstractions.Auditing;
using Media.Abstractions.Distribution;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Pushes.Allowance;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Sending;

/// <summary><c>POST /api/wechat/pushes/{id}/send</c> (docs/wechat.md §15.6): a signed-off push goes to <c>sending</c> and
/// its job is started — at its send time if one was chosen — after the allowance was checked on the server.</summary>
public sealed class PushSendDesk(MediaDbContext db, IChannelDirectory channels, AllowanceLedger ledger, PushQueue queue,
    IAuditTrail audit, TimeProvider clock)
{
    public sealed record Result(Outcome Outcome, Push? Push = null, MassSendAllowance? Refused = null);

    public async Task<Result> SendAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<Push>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } push) return new(Outcome.NotFound($"No push {id}."));
        if (push.Status != PushStatuses.SignedOff)
            return new(Outcome.Conflict($"The push is {push.Status}: only a signed-off push can be sent."));
        if (await channels.FindAsync(push.ChannelId, ct) is not { Type: WeChatChannelSettings.ChannelType } channel)
            return new(Outcome.Conflict("The push's WeChat channel no longer exists."));
        if (push.Mode == PushModes.MassSend)
        {
            var accountType = WeChatChannelSettings.AccountType(channel.Settings);
            var allowance = await ledger.ForChannelAsync(channel.Id, accountType, ct);
            if (MassSendAllowance.Counts(accountType, push.Target == PushTarget.All.ToStored()) && allowance.MassSendsLeft <= 0)
                return new(Outcome.Conflict("No mass send left"), Refused: allowance);
        }

        var now = clock.GetUtcNow();
        push.Status = PushStatuses.Sending;
        push.SentAt = push.SendAt > now ? push.SendAt : now;
        push.LastError = null;
        push.Revision++;
        audit.Record(new AuditEvent(AuditActions.WeChatPushSendRequested, PushDesk.Subject(push), ContentHash: push.ContentHash,
            Data: PushDesk.Describe(push)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(Outcome.Conflict("Someone else changed the push at the same moment: reload it."));
        }

        queue.Start(push.Id, push.SentAt);
        return new(Outcome.Done, push);
    }
}
