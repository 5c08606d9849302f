using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Data;
using Media.Review.Data;
using Media.Review.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Media.Review.Rounds;

/// <summary>Puts an article into review (screened first), takes it back out (withdraw), and reopens a signed-off
/// one for changes. Each change — round rows, audit entries, the article's status — commits in one save.</summary>
public sealed class SubmissionDesk(MediaDbContext db, IArticleLifecycle articles, WorkflowCatalog workflows, VersionScreening screening,
    IAuditTrail audit, ICurrentUser user, TimeProvider clock)
{
    public async Task<Outcome> SubmitAsync(Guid id, SubmitInput input, CancellationToken ct)
    {
        if (input.Version is not { } version) return Outcome.Invalid("version", "'version' (the version you submit) is required.").Says("缺少要送审的版本号，请刷新后再送审。");
        if (input.Comment is { Length: > ReviewLimits.Comment }) return Outcome.Invalid("comment", $"At most {ReviewLimits.Comment} characters.").Says($"说明最多 {ReviewLimits.Comment} 字。");
        var article = await articles.FindAsync(id, ct);
        if (article is not { ViewerMaySee: true }) return Outcome.NotFound($"No article {id}.").Says("找不到这篇稿件，可能已被删除或你无权查看。");
        if (article.CreatedBy != user.Id && !article.ViewerMayEdit) return Outcome.Forbidden("Only the author or someone who may edit it submits an article.").Says("只有作者或能修改这篇稿件的人可以送审。");
        if (articles.Check(article, ArticleOperation.Submit) is { } refused) return refused;
        if (article.Version != version) return Stale(article, version);

        var result = await screening.ScreenAsync(id, version, ct) ?? throw new InvalidOperationException($"Version {version} of {id} is missing.");
        audit.Record(ReviewRecord.Screening(id, version, article.ContentHash, "submit", result));
        if (result.HasBlocking)
        {
            await db.SaveChangesAsync(ct); // the refused attempt and what it found stay on the record
            return ScreeningRefusal.Of($"Screening found {result.Blocking.Count} blocking problem(s); fix them and submit again.", result.Hits);
        }

        var workflow = await workflows.ForColumnAsync(article.ColumnId, ct);
        var round = await NewRoundAsync(article, workflow, input.Comment, result, ct);
        var first = new ReviewStagePosition(0, workflow.Stages[0].Name, workflow.Stages[0].Role);
        var change = await articles.ApplyAsync(id, new ArticleCommand.Submit(version, first), ct);
        if (!change.Succeeded) return change.Outcome;
        audit.Record(ReviewRecord.RoundEvent(AuditActions.ReviewSubmitted, id, round, version, article.ContentHash,
            "submitted", round.SubmitComment, workflow.Stages[0], 0));
        return await SaveAsync(ct);
    }

    public async Task<Outcome> WithdrawAsync(Guid id, CommentInput input, CancellationToken ct)
    {
        if (input.Comment is { Length: > ReviewLimits.Comment }) return Outcome.Invalid("comment", $"At most {ReviewLimits.Comment} characters.").Says($"说明最多 {ReviewLimits.Comment} 字。");
        var article = await articles.FindAsync(id, ct);
        if (article is not { ViewerMaySee: true }) return Outcome.NotFound($"No article {id}.").Says("找不到这篇稿件，可能已被删除或你无权查看。");
        if (article.CreatedBy != user.Id) return Outcome.Forbidden("Only its author withdraws an article from review.").Says("只有作者本人可以撤回送审。");
        if (articles.Check(article, ArticleOperation.Withdraw) is { } refused) return refused;

        var round = await OpenRoundAsync(id, ct);
        if (round is null) return Outcome.Conflict("The article has no open review round.").Says("这篇稿件没有进行中的审核。");
        Close(round, ReviewRoundState.Withdrawn);
        var change = await articles.ApplyAsync(id, new ArticleCommand.Withdraw(article.Version), ct);
        if (!change.Succeeded) return change.Outcome;
        var stage = article.Stage is { } s ? new ReviewStage(s.Name, s.Role) : null;
        audit.Record(ReviewRecord.RoundEvent(AuditActions.ReviewWithdrawn, id, round, article.Version, article.ContentHash,
            "withdrawn", Clean(input.Comment), stage, article.Stage?.Index));
        return await SaveAsync(ct);
    }

    /// <summary>Any change after sign-off voids it: an approved article goes back to draft and loses its pin.</summary>
    public async Task<Outcome> ReopenAsync(Guid id, CommentInput input, CancellationToken ct)
    {
        if (input.Comment is { Length: > ReviewLimits.Comment }) return Outcome.Invalid("comment", $"At most {ReviewLimits.Comment} characters.").Says($"说明最多 {ReviewLimits.Comment} 字。");
        var article = await articles.FindAsync(id, ct);
        if (article is not { ViewerMaySee: true }) return Outcome.NotFound($"No article {id}.").Says("找不到这篇稿件，可能已被删除或你无权查看。");
        if (article.CreatedBy != user.Id && !article.ViewerMayEdit) return Outcome.Forbidden("Only the author or an editor reopens an article.").Says("只有作者或编辑可以重新修改这篇稿件。");
        if (articles.Check(article, ArticleOperation.Reopen) is { } refused) return refused;

        var signed = await db.Set<ReviewRound>().Where(r => r.ArticleId == id && r.State == ReviewRoundState.SignedOff)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        if (signed is not null) signed.State = ReviewRoundState.Voided;
        var change = await articles.ApplyAsync(id, new ArticleCommand.Reopen(article.Version), ct);
        if (!change.Succeeded) return change.Outcome;
        audit.Record(new AuditEvent(AuditActions.ArticleReopened, AuditSubject.Article(id), article.Version, article.ContentHash,
            new Dictionary<string, object?>
            {
                ["comment"] = Clean(input.Comment),
                ["voidedRound"] = signed?.Number,
                ["voidedSignedVersion"] = article.SignOff?.Version,
                ["voidedSignedHash"] = article.SignOff?.ContentHash,
            }));
        return await SaveAsync(ct);
    }

    private async Task<ReviewRound> NewRoundAsync(ArticleState article, WorkflowDefinition workflow, string? comment,
        Abstractions.Screening.ArticleScreeningResult result, CancellationToken ct)
    {
        var last = await db.Set<ReviewRound>().Where(r => r.ArticleId == article.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        var now = clock.GetUtcNow();
        var round = new ReviewRound
        {
            Id = Guid.CreateVersion7(now), ArticleId = article.Id, Number = last + 1,
            WorkflowId = workflow.Id, WorkflowName = workflow.Name, StagesJson = RoundStages.Write(workflow.Stages),
            SubmittedVersion = article.Version, SubmittedHash = article.ContentHash,
            SubmittedBy = user.Id, SubmittedByName = user.DisplayName, SubmittedAt = now, SubmitComment = Clean(comment),
            LexiconVersion = result.LexiconVersion, ScreeningJson = RoundStages.WriteFindings(result.Hits),
        };
        db.Add(round);
        return round;
    }

    private Task<ReviewRound?> OpenRoundAsync(Guid id, CancellationToken ct) =>
        db.Set<ReviewRound>().SingleOrDefaultAsync(r => r.ArticleId == id && r.State == ReviewRoundState.Open, ct);

    private void Close(ReviewRound round, string state) => (round.State, round.ClosedAt) = (state, clock.GetUtcNow());

    private async Task<Outcome> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Done;
        }
        catch (DbUpdateException)
        {
            return Outcome.Conflict("Someone changed this article at the same moment; reload it and try again.").Says("同一时间有人改动了这篇稿件，未执行；请刷新后再试。");
        }
    }

    private static Outcome Stale(ArticleState article, int version) =>
        Outcome.Conflict($"The article is at version {article.Version}, not {version}: reload it and look again.")
            .Says($"稿件已有新版本（第 {article.Version} 版，你看到的是第 {version} 版），未执行；请刷新后重新查看。");

    internal static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
