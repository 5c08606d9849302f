using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Articles.Lifecycle;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Corrections;

/// <summary>Opens a correction (更正) of a published piece: a new version copied from the published one, on the
/// correction track of the transition table (docs/lifecycle.md §4). The published version stays live until the
/// corrected one is signed off and published.</summary>
public sealed class CorrectionDesk(MediaDbContext db, ICurrentUser user, ArticleAccess access, LifecycleGate gate,
    VersionWriter versions, IAuditTrail audit, TimeProvider clock)
{
    public async Task<DeskResult> OpenAsync(Guid id, CorrectionInput input, CancellationToken ct)
    {
        var note = input.Note?.Trim();
        if (string.IsNullOrEmpty(note) || note.Length > ArticleLimits.CorrectionNote)
            return DeskResult.Of(Outcome.Unprocessable("note", $"Say what is corrected and why (1–{ArticleLimits.CorrectionNote} characters).",
                "A correction needs a note.").Says("请写明更正了什么、为什么更正。"));
        var article = await db.Set<Article>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (article is null || !access.CanView(article)) return DeskResult.Of(Outcome.NotFound($"No article {id}.").Says("找不到这篇稿件，可能已被删除或你无权查看。"));
        var (row, refusal) = gate.Check(article, ArticleOperation.OpenCorrection);
        if (refusal is not null) return DeskResult.Of(refusal, article);

        var published = await db.Set<ArticleVersion>().AsNoTracking()
            .SingleAsync(v => v.ArticleId == id && v.Version == article.PublishedVersion, ct);
        var now = clock.GetUtcNow();
        var version = await versions.AppendAsync(article, VersionWriter.ContentOf(published), isNew: false, restoredFrom: null, ct);
        (article.CorrectionNote, article.CorrectionOpenedAt, article.CorrectionOpenedBy, article.CorrectionOpenedByName) =
            (note, now, user.Id, user.DisplayName);
        (article.CorrectionOfVersion, article.CorrectionOfContentHash) = (published.Version, published.ContentHash);
        (article.SignedVersion, article.SignedContentHash, article.LastReviewComment) = (null, null, null);
        LifecycleGate.Move(article, row!, now);
        audit.Record(new AuditEvent(AuditActions.CorrectionOpened, AuditSubject.Article(id), version.Version, version.ContentHash,
            new Dictionary<string, object?>
            {
                ["note"] = note,
                ["ofVersion"] = published.Version,
                ["oldContentHash"] = published.ContentHash,
            }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return DeskResult.Of(Outcome.Conflict("Someone changed this article at the same moment; reload it and try again.").Says("同一时间有人改动了这篇稿件，未执行；请刷新后再试。"));
        }
        return new DeskResult(Outcome.Done, article, version);
    }
}
