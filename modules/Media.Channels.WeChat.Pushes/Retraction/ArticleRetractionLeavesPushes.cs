using System.Globalization;
using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Channels.WeChat.Pushes.Sending;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Retraction;

/// <summary>
/// A retracted article is taken out of every sent push it went out in (docs/wechat.md §15.8), after the article's retraction
/// committed: from a mass send, its own article (message/mass/delete with its index; the rest of the message stays); from a
/// publish, the whole message, since freepublish/delete of one index is not what WeChat documents for a message that has
/// to lose one article in every place it is shown — the push is retracted, and its note names the article that caused it.
/// </summary>
internal sealed class ArticleRetractionLeavesPushes(MediaDbContext db, PushQueue queue, IAuditTrail audit)
    : IAfterCommitHandler<ArticlePublicationChanged>
{
    public async Task HandleAsync(ArticlePublicationChanged notification, CancellationToken cancellationToken)
    {
        if (notification.Status != EditorialStatus.Retracted) return;
        var pushes = await db.Set<Push>()
            .Where(p => p.Status == PushStatuses.Sent && p.Articles.Any(a => a.ArticleId == notification.ArticleId && a.RetractedAt == null))
            .ToListAsync(cancellationToken);
        foreach (var push in pushes)
        {
            var progress = new PushProgress(db, push);
            var article = push.Articles.Where(a => a.ArticleId == notification.ArticleId).OrderBy(a => a.Position).First();
            var index = (article.Position + 1).ToString(CultureInfo.InvariantCulture);
            if (push.Mode == PushModes.Publish)
            {
                push.Status = PushStatuses.Retracting;
                push.RetractionNote = $"稿件《{article.Title}》已撤稿：发布的整条消息（{push.Articles.Count} 篇）随之从微信删除。";
            }
            else
            {
                push.RetractionNote = string.Join("；", new[] { push.RetractionNote, $"稿件《{article.Title}》已撤稿：已从群发消息中删除（第 {index} 篇）。" }
                    .Where(n => !string.IsNullOrEmpty(n)));
            }

            audit.Record(new AuditEvent(AuditActions.WeChatPushRetractRequested, PushDesk.Subject(push), ContentHash: push.ContentHash,
                Data: new Dictionary<string, object?>
                {
                    ["reason"] = "article retracted", ["articleId"] = article.ArticleId, ["articleIdx"] = article.Position + 1,
                    ["wholeMessage"] = push.Mode == PushModes.Publish,
                }, Actor: AuditActor.System));
            try
            {
                await progress.SaveAsync([(PushRetractor.WantedPrefix + article.Position.ToString(CultureInfo.InvariantCulture), "1")], cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                continue; // the push changed meanwhile (its own retraction): that run takes it out
            }

            queue.StartRetraction(push.Id);
        }
    }
}
