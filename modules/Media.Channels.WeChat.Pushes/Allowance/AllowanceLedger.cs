using Media.Channels.WeChat.Pushes.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Allowance;

/// <summary>Counts the account's mass sends in the current window from the pushes that went out (docs/wechat.md §15.4).</summary>
public sealed class AllowanceLedger(MediaDbContext db, TimeProvider clock)
{
    /// <summary>The states of a mass send WeChat has accepted (or may have): each one used the allowance.</summary>
    private static readonly string[] GoneOut =
        [PushStatuses.Sending, PushStatuses.AwaitingConfirmation, PushStatuses.Sent, PushStatuses.Retracting, PushStatuses.Retracted];

    public async Task<MassSendAllowance> ForChannelAsync(Guid channelId, string accountType, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (from, until, _) = MassSendAllowance.Window(accountType, now);
        // Npgsql writes timestamptz parameters in UTC only; the window is computed in Beijing time.
        (from, until) = (from.ToUniversalTime(), until.ToUniversalTime());
        var targets = await db.Set<Push>().AsNoTracking()
            .Where(p => p.ChannelId == channelId && p.Mode == PushModes.MassSend && GoneOut.Contains(p.Status)
                && p.SentAt >= from && p.SentAt < until)
            .Select(p => p.Target)
            .ToListAsync(ct);
        return MassSendAllowance.Of(accountType, now, targets.Count(t => MassSendAllowance.Counts(accountType, t == "all")));
    }
}
