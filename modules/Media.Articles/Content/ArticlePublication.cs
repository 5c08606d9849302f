using Media.Abstractions.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

internal sealed class ArticlePublication(MediaDbContext db, TimeProvider clock) : IArticlePublication
{
    public static string UrlOf(Guid articleId) => $"/articles/{articleId}";

    public async Task<TransitionOutcome> StagePublishedAsync(Guid articleId, string expectedStatus, int expectedVersion, CancellationToken cancellationToken)
    {
        var article = await db.Set<Article>().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null) return TransitionOutcome.NotFound;
        if (article.Status != expectedStatus || expectedStatus is not (EditorialStatus.Approved or EditorialStatus.Scheduled))
            return TransitionOutcome.WrongStatus;
        if (article.CurrentVersion != expectedVersion || article.SignedVersion != expectedVersion) return TransitionOutcome.Stale;

        var now = clock.GetUtcNow();
        article.Status = EditorialStatus.Published;
        article.PublishedVersion = article.SignedVersion;
        article.PublishedAt ??= now;
        article.PublishedUrl = UrlOf(article.Id);
        article.UpdatedAt = now;
        return TransitionOutcome.Staged;
    }

    public async Task<TransitionOutcome> StageScheduledAsync(Guid articleId, int expectedVersion, CancellationToken cancellationToken)
    {
        var article = await db.Set<Article>().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null) return TransitionOutcome.NotFound;
        if (article.Status != EditorialStatus.Approved) return TransitionOutcome.WrongStatus;
        if (article.CurrentVersion != expectedVersion) return TransitionOutcome.Stale;
        article.Status = EditorialStatus.Scheduled;
        article.UpdatedAt = clock.GetUtcNow();
        return TransitionOutcome.Staged;
    }

    public async Task<TransitionOutcome> StageRetractedAsync(Guid articleId, string reason, CancellationToken cancellationToken)
    {
        var article = await db.Set<Article>().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null) return TransitionOutcome.NotFound;
        if (article.Status is not (EditorialStatus.Approved or EditorialStatus.Scheduled or EditorialStatus.Published))
            return TransitionOutcome.WrongStatus;
        var now = clock.GetUtcNow();
        article.Status = EditorialStatus.Retracted;
        article.RetractedAt = now;
        article.RetractionReason = reason;
        article.UpdatedAt = now;
        return TransitionOutcome.Staged;
    }
}
