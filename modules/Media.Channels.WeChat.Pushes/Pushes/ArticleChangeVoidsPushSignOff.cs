using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Channels.WeChat.Pushes.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary>A new version of an article voids the sign-off of every push that lists it and has not gone out yet
/// (docs/wechat.md §15.3). It runs inside the article's unit of work: the version and the voiding commit together.</summary>
internal sealed class ArticleChangeVoidsPushSignOff(MediaDbContext db, IAuditTrail audit) : IBeforeSaveHandler<ArticleVersionSaved>
{
    public async Task HandleAsync(ArticleVersionSaved beforeSave, CancellationToken cancellationToken)
    {
        if (beforeSave.IsNewArticle) return;
        var pushes = await db.Set<Push>()
            .Where(p => p.Status == PushStatuses.SignedOff && p.Articles.Any(a => a.ArticleId == beforeSave.ArticleId && a.Version != beforeSave.Version))
            .ToListAsync(cancellationToken);
        foreach (var push in pushes)
        {
            push.Status = PushStatuses.Draft;
            push.SignedOffBy = null;
            push.SignedOffAt = null;
            push.Revision++;
            audit.Record(new AuditEvent(AuditActions.WeChatPushSignOffVoided, PushDesk.Subject(push), ContentHash: push.ContentHash,
                Data: new Dictionary<string, object?>
                {
                    ["articleId"] = beforeSave.ArticleId, ["version"] = beforeSave.Version, ["contentHash"] = beforeSave.ContentHash,
                }, Actor: null));
        }
    }
}
