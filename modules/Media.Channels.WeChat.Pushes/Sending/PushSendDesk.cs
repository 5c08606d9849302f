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
        try
        {
            return await TrySendAsync(id, ct);
        }
        catch (DbUpdateException)
        {
            // Another send on the same account (or of the same push) committed between our check and our commit: check
            // again against what it left — the allowance it used, or the push it already started.
            db.ChangeTracker.Clear();
        }

        try
        {
            return await TrySendAsync(id, ct);
        }
        catch (DbUpdateException)
        {
            return new(Outcome.Conflict("Someone else sent on this account at the same moment: reload and try again.")
                .Says("同一时间有人用这个公众号发送了推送，未发送；请刷新后再试。"));
        }
    }

    private async Task<Result> TrySendAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<Push>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } push) return new(Outcome.NotFound($"No push {id}.").Says("找不到这条推送，可能已被删除。"));
        if (push.Status != PushStatuses.SignedOff)
            return new(Outcome.Conflict($"The push is {push.Status}: only a signed-off push can be sent.")
                .Says($"这条推送现在是「{PushStatuses.Label(push.Status)}」，只有已签发的推送可以发送。"));
        if (await channels.FindAsync(push.ChannelId, ct) is not { Type: WeChatChannelSettings.ChannelType } channel)
            return new(Outcome.Conflict("The push's WeChat channel no longer exists.").Says("这条推送的公众号渠道已不存在。"));
        var now = clock.GetUtcNow();
        if (push.Mode == PushModes.MassSend)
        {
            // Taken before the allowance is counted and committed with the push: of two sends that both counted one left,
            // the second to commit finds the account's revision moved and fails (docs/wechat.md §15.4).
            await LockAccountAsync(channel.Id, now, ct);
            var accountType = WeChatChannelSettings.AccountType(channel.Settings);
            var allowance = await ledger.ForChannelAsync(channel.Id, accountType, ct);
            if (MassSendAllowance.Counts(accountType, push.Target == PushTarget.All.ToStored()) && allowance.MassSendsLeft <= 0)
                return new(Outcome.Conflict("No mass send left").Says("这个公众号的群发次数已用完。"), Refused: allowance);
        }

        push.Status = PushStatuses.Sending;
        push.SentAt = push.SendAt > now ? push.SendAt : now;
        push.LastError = null;
        push.Revision++;
        audit.Record(new AuditEvent(AuditActions.WeChatPushSendRequested, PushDesk.Subject(push), ContentHash: push.ContentHash,
            Data: PushDesk.Describe(push)));
        await db.SaveChangesAsync(ct);
        queue.Start(push.Id, push.SentAt);
        return new(Outcome.Done, push);
    }

    private async Task LockAccountAsync(Guid channelId, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Set<MassSendLock>().SingleOrDefaultAsync(l => l.ChannelId == channelId, ct) is { } row)
        {
            row.Revision++;
            row.UpdatedAt = now;
        }
        else
        {
            db.Add(new MassSendLock { ChannelId = channelId, Revision = 1, UpdatedAt = now });
        }
    }
}
