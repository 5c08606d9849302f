using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Problems;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Articles.Endpoints;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Lifecycle;

/// <summary>The <see cref="IArticleLifecycle"/> contract over the article rows (docs/lifecycle.md §3). A command is
/// checked against the transition table, the caller's permission and, where the row says so, the sign-off guard;
/// it is then staged on the tracked row, which the caller saves with its own rows and audit entries.</summary>
internal sealed class ArticleLifecycle(MediaDbContext db, ArticleAccess access, LifecycleGate gate, ArticleStates states,
    ISignOffGuard guard, CommandEffects effects, IBeforeSaveEvents events, IAfterCommit afterCommit, TimeProvider clock) : IArticleLifecycle
{
    public async Task<ArticleState?> FindAsync(Guid articleId, CancellationToken cancellationToken) =>
        await db.Set<Article>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken) is { } article
            ? states.Of(article)
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
        return waiting.Select(states.Of).ToList();
    }

    public async Task<IReadOnlyList<ArticleState>> SentBackAsync(Guid authorId, CancellationToken cancellationToken)
    {
        var returned = await db.Set<Article>().AsNoTracking()
            .Where(a => a.CreatedBy == authorId && (a.Status == EditorialStatus.Draft || a.Status == EditorialStatus.Correcting)
                && a.LastReviewComment != null)
            .OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        return returned.Select(states.Of).ToList();
    }

    public async Task<IReadOnlyList<ArticleState>> SignedOffAsync(int max, CancellationToken cancellationToken)
    {
        var signedOff = await db.Set<Article>().AsNoTracking()
            .Where(a => a.Status == EditorialStatus.Approved || a.Status == EditorialStatus.Published)
            .OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id)
            .Take(Math.Clamp(max, 1, 500))
            .ToListAsync(cancellationToken);
        return signedOff.Select(states.Of).ToList();
    }

    public async Task<Guid?> ColumnWorkflowAsync(Guid columnId, CancellationToken cancellationToken) =>
        await db.Set<Column>().AsNoTracking().Where(c => c.Id == columnId).Select(c => c.WorkflowId).SingleOrDefaultAsync(cancellationToken);

    public Outcome? Check(ArticleState article, string operation) =>
        gate.Check(article.IsCorrection ? ArticleTrack.Correction : ArticleTrack.Original, article.Status, operation).Refusal;

    public async Task<ArticleChange> ApplyAsync(Guid articleId, ArticleCommand command, CancellationToken cancellationToken)
    {
        var article = await db.Set<Article>().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        var before = article is null ? null : states.Of(article);
        if (article is null || (!before!.ViewerMaySee && access.IsPerson)) return ArticleChange.Refused(Outcome.NotFound($"No article {articleId}.").Says("找不到这篇稿件，可能已被删除或你无权查看。"));
        var (row, refusal) = gate.Check(article, command.Operation);
        if (refusal is not null) return ArticleChange.Refused(refusal, before);
        if (command.ExpectedVersion is { } expected && expected != article.CurrentVersion)
            return ArticleChange.Refused(Outcome.Conflict(
                $"The article is at version {article.CurrentVersion}, not {expected}: reload it and look again.")
                .Says($"稿件已有新版本（第 {article.CurrentVersion} 版，你看到的是第 {expected} 版），未执行；请刷新后重新查看。"), before);
        if (row!.NeedsSignOff && await guard.CheckAsync(before, cancellationToken) is { Ok: false } verdict)
            return ArticleChange.Refused(Outcome.Conflict("The signed-off content does not match: " + verdict.Reason)
                .Says("稿件内容与签发的版本不符，未执行；请重新送审。"), before);

        var now = clock.GetUtcNow();
        var correction = await effects.ApplyAsync(article, command, now, cancellationToken);
        LifecycleGate.Move(article, row, now);
        await events.RaiseAsync(new ArticleStatusChanged(article.Id, command.Operation, before.Status, article.Status), cancellationToken);
        if (command.Operation is ArticleOperation.Schedule or ArticleOperation.Publish or ArticleOperation.Retract)
            afterCommit.Enlist(new ArticlePublicationChanged(article.Id, article.ColumnId, article.Status));
        return new ArticleChange(Outcome.Done, before, states.Of(article), correction);
    }

    public async Task<ArticleResponse?> DescribeAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = db.Set<Article>().Local.FirstOrDefault(a => a.Id == articleId)
            ?? await db.Set<Article>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null) return null;
        var version = await db.Set<ArticleVersion>().AsNoTracking()
            .SingleAsync(v => v.ArticleId == articleId && v.Version == article.CurrentVersion, cancellationToken);
        return ArticleResponses.From(article, version);
    }
}
