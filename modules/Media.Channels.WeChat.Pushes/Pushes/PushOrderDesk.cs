using Media.Abstractions.Auditing;
using Media.Abstractions.Problems;
using Media.Channels.WeChat.Pushes.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary>Reorders the articles of a push still waiting for sign-off (the 今日推送 page's 上移/下移 and drag and drop,
/// docs/admin-ui.md §12). The push gets a new content hash, so a sign-off is always of the order shown; a push already
/// signed off is not reordered (a new order needs a new sign-off): it is composed anew.</summary>
public sealed class PushOrderDesk(MediaDbContext db, IAuditTrail audit)
{
    public async Task<Outcome> ReorderAsync(Guid id, IReadOnlyList<Guid> articleIds, CancellationToken ct)
    {
        if (await db.Set<Push>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } push) return Outcome.NotFound($"No push {id}.").Says("找不到这条推送，可能已被删除。");
        if (push.Status != PushStatuses.Draft) return Outcome.Conflict($"The push is {push.Status}: only a push waiting for sign-off can be reordered.")
            .Says($"这条推送现在是「{PushStatuses.Label(push.Status)}」，只有待签发的推送可以调整顺序。");
        var rows = push.Articles.OrderBy(a => a.Position).ToList();
        if (articleIds.Count != rows.Count || !articleIds.Order().SequenceEqual(rows.Select(r => r.ArticleId).Order()))
            return Outcome.Invalid("articleIds", "Give every article of the push once, in the new order.").Says("请把推送中的每篇稿件各排一次。");

        // Positions are the rows' keys: each row keeps its position and takes the article that now stands there.
        var listed = rows.ToDictionary(r => r.ArticleId, r => (r.Version, r.ContentHash, r.Title));
        for (var position = 0; position < rows.Count; position++)
        {
            var (version, hash, title) = listed[articleIds[position]];
            (rows[position].ArticleId, rows[position].Version, rows[position].ContentHash, rows[position].Title) = (articleIds[position], version, hash, title);
        }

        push.ContentHash = PushContentHash.Of(push.Mode, push.Target, push.Articles);
        push.Revision++;
        audit.Record(new AuditEvent(AuditActions.WeChatPushReordered, PushDesk.Subject(push), ContentHash: push.ContentHash,
            Data: PushDesk.Describe(push)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict("Someone else changed the push at the same moment: reload it.").Says("同一时间有人改动了这条推送，未执行；请刷新后再试。");
        }
        return Outcome.Done;
    }
}
