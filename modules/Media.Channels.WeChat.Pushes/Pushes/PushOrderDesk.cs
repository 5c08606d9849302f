using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Channels.WeChat.Pushes.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary>Edits a push still waiting for sign-off (docs/wechat.md §15.2): its articles and their order (the 今日推送 page's
/// 上移/下移 and drag and drop, <c>PUT /api/wechat/pushes/{id}</c>) and the cover each article has in it. The push gets a
/// new content hash, so a sign-off is always of what is shown; a push already signed off is not edited (a change needs a
/// new sign-off): it is composed anew.</summary>
public sealed class PushOrderDesk(MediaDbContext db, IArticleLifecycle articles, IArticleVersionReader versions, ArticlePhotos photos,
    IAuditTrail audit)
{
    /// <summary>The same articles in a new order, each keeping its cover.</summary>
    public async Task<Outcome> ReorderAsync(Guid id, IReadOnlyList<Guid> articleIds, CancellationToken ct) =>
        (await EditAsync(id, articleIds, null, ct)).Outcome;

    /// <summary>Sets the push's articles to <paramref name="articleIds"/> (1–8 signed-off articles, the first the 头条); an
    /// article already listed keeps the version it was listed with, a new one is listed at its current version.
    /// <paramref name="covers"/> (article id → one of that article's photos) replaces every chosen cover; without it each
    /// article still listed keeps its choice. Choosing the article's own cover is the default and is stored as none.</summary>
    public async Task<(Outcome Outcome, Push? Push)> EditAsync(Guid id, IReadOnlyList<Guid>? articleIds, IReadOnlyDictionary<Guid, Guid>? covers,
        CancellationToken ct)
    {
        if (await db.Set<Push>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } push) return (Outcome.NotFound($"No push {id}.").Says("找不到这条推送，可能已被删除。"), null);
        if (push.Status != PushStatuses.Draft)
            return (Outcome.Conflict($"The push is {push.Status}: only a push waiting for sign-off can be changed.")
                .Says($"这条推送现在是「{PushStatuses.Label(push.Status)}」，只有待签发的推送可以调整顺序、稿件或封面。"), null);
        if (articleIds is not { Count: >= 1 and <= PushInput.MaxArticles })
            return (Outcome.Invalid("articleIds", $"A push carries 1 to {PushInput.MaxArticles} articles; the first is the 头条.")
                .Says($"一条推送含 1 到 {PushInput.MaxArticles} 篇稿件，第一篇是头条。"), null);
        if (articleIds.Distinct().Count() != articleIds.Count)
            return (Outcome.Invalid("articleIds", "An article appears only once in a push.").Says("同一篇稿件在一条推送中只能出现一次。"), null);
        if (covers?.Keys.FirstOrDefault(a => !articleIds.Contains(a)) is { } stray && stray != Guid.Empty)
            return (Outcome.Unprocessable($"covers.{stray}", "This article is not in the push.", "A cover is chosen for an article of the push only.").Says("只能为推送中的稿件选择封面。"), null);

        var rows = push.Articles.OrderBy(a => a.Position).ToList();
        var listed = rows.ToDictionary(r => r.ArticleId);
        var wanted = new List<PushArticle>();
        foreach (var articleId in articleIds)
        {
            var row = listed.GetValueOrDefault(articleId);
            if (row is null)
            {
                var state = await articles.FindAsync(articleId, ct);
                if (state is not { ViewerMaySee: true })
                    return (Outcome.Unprocessable("articleIds", $"No article {articleId}.", "An article of the push does not exist.").Says("推送中有一篇稿件不存在。"), null);
                if (!PushDesk.IsSignedOff(state))
                    return (Outcome.Unprocessable("articleIds", $"《{state.Title}》 is {state.Status}: only signed-off articles (approved or published) go out.",
                        "Every article of a push must be signed off.")
                        .Says($"《{state.Title}》现在是「{EditorialStatus.Label(state.Status)}」，只有已签发或已发布的稿件可以推送。"), null);
                row = new PushArticle { PushId = push.Id, ArticleId = state.Id, Version = state.Version, ContentHash = state.ContentHash, Title = state.Title };
            }

            var cover = covers is null ? row.CoverMediaId : null;
            if (covers is not null && covers.TryGetValue(articleId, out var chosen))
            {
                var (problem, own) = await CheckCoverAsync(articleId, row.Version, row.Title, chosen, ct);
                if (problem is not null) return (problem, null);
                cover = own ? null : chosen;
            }
            wanted.Add(new PushArticle
            {
                PushId = push.Id, ArticleId = row.ArticleId, Version = row.Version, ContentHash = row.ContentHash, Title = row.Title,
                CoverMediaId = cover,
            });
        }

        var before = push.ContentHash;
        var sameSet = wanted.Count == rows.Count && wanted.Select(w => w.ArticleId).Order().SequenceEqual(rows.Select(r => r.ArticleId).Order());
        var sameCovers = wanted.All(w => listed.TryGetValue(w.ArticleId, out var r) && r.CoverMediaId == w.CoverMediaId);
        Apply(push, rows, wanted);
        push.ContentHash = PushContentHash.Of(push.Mode, push.Target, push.Articles);
        if (push.ContentHash == before) return (Outcome.Done, push);

        push.Revision++;
        audit.Record(new AuditEvent(sameSet && sameCovers ? AuditActions.WeChatPushReordered : AuditActions.WeChatPushEdited,
            PushDesk.Subject(push), ContentHash: push.ContentHash, Data: PushDesk.Describe(push)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (Outcome.Conflict("Someone else changed the push at the same moment: reload it.").Says("同一时间有人改动了这条推送，未执行；请刷新后再试。"), null);
        }
        return (Outcome.Done, push);
    }

    /// <summary>Whether <paramref name="chosen"/> is one of the listed version's photos, and whether it is its own cover.</summary>
    private async Task<(Outcome? Problem, bool Own)> CheckCoverAsync(Guid articleId, int version, string title, Guid chosen, CancellationToken ct)
    {
        var source = await versions.FindAsync(articleId, version, ct);
        var own = source is null ? [] : await photos.OfAsync(source, ct);
        return own.Contains(chosen)
            ? (null, chosen == source!.CoverMediaId)
            : (Outcome.Unprocessable($"covers.{articleId}", $"{chosen} is not a photo of 《{title}》: choose its cover or an image in its body.",
                "A push's cover for an article is one of that article's own photos.").Says($"所选图片不是《{title}》的图片：请选它的封面或正文中的图片。"), false);
    }

    /// <summary>Positions are the rows' keys: each row kept takes the article that now stands at its position; rows past the
    /// new end go, rows past the old end are added.</summary>
    private void Apply(Push push, List<PushArticle> rows, List<PushArticle> wanted)
    {
        for (var position = 0; position < Math.Max(rows.Count, wanted.Count); position++)
        {
            if (position >= wanted.Count)
            {
                push.Articles.Remove(rows[position]);
                db.Remove(rows[position]);
                continue;
            }

            var w = wanted[position];
            if (position >= rows.Count)
            {
                w.Position = position;
                push.Articles.Add(w);
                continue;
            }

            var row = rows[position];
            (row.ArticleId, row.Version, row.ContentHash, row.Title, row.CoverMediaId) = (w.ArticleId, w.Version, w.ContentHash, w.Title, w.CoverMediaId);
        }
    }
}
