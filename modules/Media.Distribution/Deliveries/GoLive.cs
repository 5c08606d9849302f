using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Deliveries;

/// <summary>A scheduled article goes live when its first delivery runs: the lifecycle applies publish (scheduled →
/// published, a row only Media's own job may apply), after the sign-off guard checks, once more, that what is about to
/// go out is exactly what was signed.</summary>
public sealed class GoLive(MediaDbContext db, IArticleLifecycle articles, IAuditTrail audit)
{
    /// <returns>Null when the article is live; otherwise why it must not go out.</returns>
    public async Task<string?> EnsurePublishedAsync(Guid articleId, CancellationToken ct)
    {
        var change = await articles.ApplyAsync(articleId, new ArticleCommand.Publish(), ct);
        if (!change.Succeeded) return Refusal(change);
        var state = change.Article!;
        audit.Record(new AuditEvent(AuditActions.ArticlePublished, AuditSubject.Article(articleId), state.Version, state.ContentHash,
            new Dictionary<string, object?> { ["scheduled"] = true }, AuditActor.System));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear(); // another delivery's job took it live first; drop our copy of that change
        }
        return null;
    }

    /// <summary>Already live (another delivery's job, or a correction under way) is fine; anything else is refused.</summary>
    private static string? Refusal(ArticleChange change) => change.Before switch
    {
        null => "稿件不存在。The article is gone.",
        { Status: EditorialStatus.Published } => null,
        { IsCorrection: true } => null,
        { Status: EditorialStatus.Scheduled } => "签发后内容有变，拒绝发布。The content is not what was signed: " + change.Outcome.Detail,
        { Status: var status } => $"稿件状态为 {status}，不能发布。",
    };
}
