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
        if (string.IsNullOrWhiteSpace(reason)) return (Outcome.Invalid("reason", "Give the reason for retracting the push.").Says("请填写撤回推送的原因。"), null);
        if (reason.Trim().Length > MaxReasonLength)
            return (Outcome.Invalid("reason", $"The reason is at most {MaxReasonLength} characters.").Says($"原因最多 {MaxReasonLength} 字。"), null);
        if (await db.Set<Push>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } push) return (Outcome.NotFound($"No push {id}.").Says("找不到这条推送，可能已被删除。"), null);
        if (push.Status != PushStatuses.Sent)
            return (Outcome.Conflict($"The push is {push.Status}: only a sent push can be retracted.")
                .Says($"这条推送现在是「{PushStatuses.Label(push.Status)}」，只有已发送的推送可以撤回。"), null);

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
            return (Outcome.Conflict("Someone else changed the push at the same moment: reload it.").Says("同一时间有人改动了这条推送，未执行；请刷新后再试。"), null);
        }

        queue.StartRetraction(push.Id);
        return (Outcome.Done, push);
    }
}
