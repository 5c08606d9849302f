using Media.Abstractions.Auditing;
using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Screening;
using Media.Abstractions.Security;
using Media.Data;
using Media.Review.Data;
using Media.Review.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Media.Review.Rounds;

/// <summary>
/// A reviewer's decision at the stage where an article waits. Checked against the signed-in user, never the
/// request: the stage's role; never the author (docs/review.md §2.1); never a second stage of the same round
/// (§2.2, also a unique index); only on the version and hash now current (§2.3). Approving the last
/// stage signs off, pinning version and hash. A decision at the last stage (终审, approve or send back) asks a
/// user with TOTP for a recent second-factor proof (docs/accounts.md §9); earlier stages do not.
/// </summary>
public sealed class DecisionDesk(MediaDbContext db, IArticleLifecycle articles, VersionScreening screening, IAuditTrail audit,
    ICurrentUser user, IStepUpGate stepUp, TimeProvider clock, ILogger<DecisionDesk> logger)
{
    public async Task<Outcome> DecideAsync(Guid id, DecisionInput input, CancellationToken ct)
    {
        if (Check(input) is { } invalid) return invalid;
        var (pending, refused) = await LoadAsync(id, ct);
        if (pending is not var (article, round, stages, index)) return refused!;
        var stage = stages[index];
        if (await RefusalAsync(article, round, stage, ct) is { } forbidden) return forbidden;
        // The stage is the one loaded here; a decision racing in between changes it and fails the save (§2.3).
        if (index == stages.Count - 1 && await stepUp.IsDueAsync(ct))
            return Outcome.StepUpRequired("终审（签发）须先输入身份验证器中的 6 位动态码确认身份。The final review decision needs a recent " +
                "second-factor proof: POST /api/auth/step-up { \"otp\" } and decide again.").Says("终审（签发）须先输入身份验证器中的 6 位动态码确认身份。");
        if (article.Version != input.Version || (input.ContentHash is { } h && h != article.ContentHash))
            return Outcome.Conflict($"The article is at version {article.Version} ({article.ContentHash}), not the version you saw ({input.Version}): reload it and review again.")
                .Says($"稿件已有新版本（第 {article.Version} 版，你看到的是第 {input.Version} 版），未决定；请重新查看后再决定。");
        var decision = input.Decision!.Trim().ToLowerInvariant();
        var comment = SubmissionDesk.Clean(input.Comment);
        if (decision == ReviewDecisionKind.Reject && comment is null)
            return Outcome.Unprocessable("comment", "A comment is required when rejecting.", "Sending a piece back needs a comment that tells the author why.").Says("退回时必须填写意见，告诉作者为什么退回。");

        var result = await screening.ScreenAsync(id, article.Version, ct) ?? throw new InvalidOperationException($"Version {article.Version} of {id} is missing.");
        if (decision == ReviewDecisionKind.Approve && result.HasBlocking)
            return ScreeningRefusal.Of("Screening now finds blocking problems (the word list changed); send the piece back instead.", result.Hits);

        var entry = Record(round, index, stage, decision, comment, article, result);
        var change = await articles.ApplyAsync(id, Command(article, round, stages, index, entry), ct);
        if (!change.Succeeded) return change.Outcome;
        return await SaveAsync(id, entry, ct);
    }

    /// <summary>Null when the signed-in user may decide the stage where the article waits now; otherwise why not.</summary>
    public async Task<Outcome?> RefusalAsync(Guid id, CancellationToken ct)
    {
        var (pending, refused) = await LoadAsync(id, ct);
        return pending is var (article, round, stages, index) ? await RefusalAsync(article, round, stages[index], ct) : refused;
    }

    private async Task<((ArticleState, ReviewRound, IReadOnlyList<ReviewStage>, int)?, Outcome?)> LoadAsync(Guid id, CancellationToken ct)
    {
        var article = await articles.FindAsync(id, ct);
        if (article is not { ViewerMaySee: true }) return (null, Outcome.NotFound($"No article {id}.").Says("找不到这篇稿件，可能已被删除或你无权查看。"));
        if (article.Status != EditorialStatus.InReview || article.Stage is not { } at)
            return (null, Outcome.Conflict($"Only an article in review can be decided; this one is '{article.Status}'.")
                .Says($"只有审核中的稿件可以审核；这篇稿件现在是「{EditorialStatus.Label(article.Status)}」（可能已被他人处理）。"));
        var round = await db.Set<ReviewRound>().Include(r => r.Decisions)
            .SingleOrDefaultAsync(r => r.ArticleId == id && r.State == ReviewRoundState.Open, ct);
        if (round is null) return (null, Outcome.Conflict("The article has no open review round.").Says("这篇稿件没有进行中的审核。"));
        return ((article, round, RoundStages.Read(round.StagesJson), at.Index), null);
    }

    private static Outcome? Check(DecisionInput input)
    {
        if (input.Version is null) return Outcome.Invalid("version", "'version' (the version you reviewed) is required.").Says("缺少你审看的版本号，请刷新后重新审核。");
        var decision = input.Decision?.Trim().ToLowerInvariant();
        if (decision is not (ReviewDecisionKind.Approve or ReviewDecisionKind.Reject))
            return Outcome.Invalid("decision", "'decision' must be 'approve' or 'reject'.").Says("请选择通过或退回。");
        if (input.Comment is { Length: > ReviewLimits.Comment }) return Outcome.Invalid("comment", $"At most {ReviewLimits.Comment} characters.").Says($"意见最多 {ReviewLimits.Comment} 字。");
        return null;
    }

    private async Task<Outcome?> RefusalAsync(ArticleState article, ReviewRound round, ReviewStage stage, CancellationToken ct)
    {
        if (!user.IsInRole(stage.Role))
            return Outcome.Forbidden($"这一审（{stage.Name}）由{RoleLabels.Label(stage.Role)}决定，你没有这个角色。This stage ({stage.Name}) is decided by the {stage.Role} role, which you do not hold.")
                .Says($"这一审（{stage.Name}）由{RoleLabels.Label(stage.Role)}决定，你没有这个角色。");
        if (round.SubmittedBy == user.Id || (await articles.ContributorsAsync(article.Id, ct)).Contains(user.Id))
            return Outcome.Forbidden("你写过或改过这篇稿件，不能审核它。You wrote or edited this article: its author never approves or decides it.")
                .Says("你写过或改过这篇稿件，不能审核它。");
        if (round.Decisions.FirstOrDefault(d => d.ReviewerId == user.Id) is { } earlier)
            return Outcome.Forbidden($"你已在本轮审过「{earlier.StageName}」，这一审须由另一人决定。You already decided stage {earlier.StageName} of this review round; another person decides this one.")
                .Says($"你已在本轮审过「{earlier.StageName}」，这一审须由另一人决定。");
        return null;
    }

    private ReviewDecision Record(ReviewRound round, int index, ReviewStage stage, string decision, string? comment,
        ArticleState article, ArticleScreeningResult result)
    {
        var now = clock.GetUtcNow();
        var entry = new ReviewDecision
        {
            Id = Guid.CreateVersion7(now), RoundId = round.Id, StageIndex = index, StageName = stage.Name, Role = stage.Role,
            ReviewerId = user.Id, ReviewerName = user.DisplayName, Decision = decision, Comment = comment,
            Version = article.Version, ContentHash = article.ContentHash, LexiconVersion = result.LexiconVersion, At = now,
        };
        db.Add(entry);
        var action = decision == ReviewDecisionKind.Approve ? AuditActions.ReviewApproved : AuditActions.ReviewRejected;
        audit.Record(ReviewRecord.Decision(action, article.Id, round, entry, article.Correction));
        audit.Record(ReviewRecord.Screening(article.Id, article.Version, article.ContentHash, $"stage {index} {stage.Name}", result));
        return entry;
    }

    /// <summary>What the decision asks of the lifecycle: send back, advance to the next stage, or sign off (签发).</summary>
    private ArticleCommand Command(ArticleState article, ReviewRound round, IReadOnlyList<ReviewStage> stages, int index, ReviewDecision entry)
    {
        if (entry.Decision == ReviewDecisionKind.Reject)
        {
            (round.State, round.ClosedAt) = (ReviewRoundState.Rejected, entry.At);
            return new ArticleCommand.SendBack(article.Version, entry.Comment!);
        }
        if (index < stages.Count - 1)
        {
            var next = stages[index + 1];
            return new ArticleCommand.Advance(article.Version, new ReviewStagePosition(index + 1, next.Name, next.Role));
        }
        (round.State, round.ClosedAt, round.SignedVersion, round.SignedHash) = (ReviewRoundState.SignedOff, entry.At, entry.Version, entry.ContentHash);
        audit.Record(ReviewRecord.Decision(AuditActions.ReviewSignedOff, article.Id, round, entry, article.Correction));
        return new ArticleCommand.SignOff(new SignOffPin(entry.Version, entry.ContentHash));
    }

    private async Task<Outcome> SaveAsync(Guid id, ReviewDecision entry, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            ReviewLog.Decided(logger, id, entry.StageIndex, entry.Decision, entry.Version);
            return Outcome.Done;
        }
        catch (DbUpdateException)
        {
            ReviewLog.DecisionRaced(logger, id, entry.StageIndex);
            return Outcome.Conflict("Someone decided this stage at the same moment, or you already decided another stage; reload the article.")
                .Says("同一时间有人审了这一审，或你已审过另一审，未执行；请刷新后查看。");
        }
    }
}
