using Media.Abstractions.Content;
using Media.Articles.Data;
using Media.Articles.Endpoints;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

/// <summary>The <see cref="IArticleLifecycle"/> contract over the article rows. Status changes are applied to
/// the tracked row and saved by the caller, together with its own rows and audit entries.</summary>
internal sealed class ArticleLifecycle(MediaDbContext db, ArticleAccess access, TimeProvider clock) : IArticleLifecycle
{
    public async Task<ArticleState?> FindAsync(Guid articleId, CancellationToken cancellationToken) =>
        await db.Set<Article>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken) is { } article
            ? StateOf(article)
            : null;

    public async Task<IReadOnlySet<Guid>> ContributorsAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var savers = await db.Set<ArticleVersion>().AsNoTracking().Where(v => v.ArticleId == articleId)
            .Select(v => v.CreatedBy).Distinct().ToListAsync(cancellationToken);
        var creator = await db.Set<Article>().AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => a.CreatedBy).ToListAsync(cancellationToken);
        return savers.Concat(creator).ToHashSet();
    }

    public async Task<IReadOnlyList<ArticleState>> WaitingAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var waiting = await db.Set<Article>().AsNoTracking()
            .Where(a => a.Status == EditorialStatus.InReview && a.StageRole != null && roles.Contains(a.StageRole))
            .OrderBy(a => a.StageSince).ThenBy(a => a.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        return waiting.Select(StateOf).ToList();
    }

    public async Task<IReadOnlyList<ArticleState>> SentBackAsync(Guid authorId, CancellationToken cancellationToken)
    {
        var returned = await db.Set<Article>().AsNoTracking()
            .Where(a => a.CreatedBy == authorId && a.Status == EditorialStatus.Draft && a.LastReviewComment != null)
            .OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        return returned.Select(StateOf).ToList();
    }

    public async Task<Guid?> ColumnWorkflowAsync(Guid columnId, CancellationToken cancellationToken) =>
        await db.Set<Column>().AsNoTracking().Where(c => c.Id == columnId).Select(c => c.WorkflowId).SingleOrDefaultAsync(cancellationToken);

    public async Task<TransitionOutcome> StageAsync(Guid articleId, ArticleTransition transition, CancellationToken cancellationToken)
    {
        var article = await db.Set<Article>().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null) return TransitionOutcome.NotFound;
        if (article.Status != transition.From) return TransitionOutcome.WrongStatus;
        if (article.CurrentVersion != transition.ExpectedVersion) return TransitionOutcome.Stale;

        var now = clock.GetUtcNow();
        article.Status = transition.To;
        article.StageIndex = transition.Stage?.Index;
        article.StageName = transition.Stage?.Name;
        article.StageRole = transition.Stage?.Role;
        article.StageSince = transition.Stage is null ? null : now;
        article.LastReviewComment = transition.ReviewComment;
        if (transition.SignOff is { } pin) (article.SignedVersion, article.SignedContentHash) = (pin.Version, pin.ContentHash);
        if (transition.ClearSignOff) (article.SignedVersion, article.SignedContentHash) = (null, null);
        article.UpdatedAt = now;
        return TransitionOutcome.Staged;
    }

    public async Task<object?> DescribeAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = db.Set<Article>().Local.FirstOrDefault(a => a.Id == articleId)
            ?? await db.Set<Article>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null) return null;
        var version = await db.Set<ArticleVersion>().AsNoTracking()
            .SingleAsync(v => v.ArticleId == articleId && v.Version == article.CurrentVersion, cancellationToken);
        return ArticleResponse.From(article, version);
    }

    private ArticleState StateOf(Article a) => new(a.Id, a.ColumnId, a.Title, a.Status, a.CurrentVersion, a.CurrentContentHash,
        a.StageIndex is { } i ? new ReviewStagePosition(i, a.StageName ?? "", a.StageRole ?? "") : null, a.StageSince,
        a.SignedVersion is { } v && a.SignedContentHash is { } h ? new SignOffPin(v, h) : null, a.LastReviewComment,
        a.CreatedBy, a.CreatedByName, a.UpdatedAt, access.CanView(a), access.CanEdit(a));
}
