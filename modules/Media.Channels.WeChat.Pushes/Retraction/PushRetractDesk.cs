using Media.Abstractions.Auditing;
using Media.Abstractions.Problems;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Channels.WeChat.Pushes.Sending;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Retraction;

/// <summary><c>POST /api/wechat/pushes/{id}/retract</c> (docs/wechat.md §15.8): a sent push goes to <c>retracting</c> with the
/// leader's reason on the audit trail, and its retraction job is started once that is committed.</summary>
public sealed class PushRetractDesk(MediaDbContext db, PushQueue queue, IAuditTrail audit)
{
    public const int MaxReasonLength = 500;

    public async Task<(Outcome Outcome, Push? Push)> RetractAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) return (Outcome.Invalid("reason", "Give the reason for retracting the push."), null);
        if (reason.Trim().Length > MaxReasonLength)
            return (Outcome.Invalid("reason", $"The reason is at most {MaxReasonLength} characters."), null);
        if (await db.Set<Push>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } push) return (Outcome.NotFound($"No push {id}."), null);
        if (push.Status != PushStatuses.Sent)
            return (Outcome.Conflict($"The push is {push.Status}: only a sent push can be retracted."), null);

        push.Status = PushStatuses.Retracting;
        push.RetractionNote = "撤回原因：" + reason.Trim();
        push.LastError = null;
        push.Revision++;
        audit.Record(new AuditEvent(AuditActions.WeChatPushRetractRequested, PushDesk.Subject(push), ContentHash: push.ContentHash,
            Data: new Dictionary<string, object?> { ["reason"] = reason.Trim(), ["mode"] = push.Mode }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (Outcome.Conflict("Someone else changed the push at the same moment: reload it."), null);
        }

        queue.StartRetraction(push.Id);
        return (Outcome.Done, push);
    }
}
