using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Screening;
using Media.Review.Rounds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Review.Pages.Admin.Review;

/// <summary>The review page: the version under review as each channel receives it (framed, docs/review.md §4), the
/// diff since the version the previous round saw, screening results, earlier decisions, and — for who may decide this stage — approve or send back.</summary>
[Authorize]
public sealed class DecideModel(IArticleLifecycle articles, IArticleVersionReader versions,
    VersionScreening screening, ReviewHistory history, DecisionDesk desk, TimeProvider clock) : PageModel
{
    public ArticleState Article { get; private set; } = null!;

    public ArticleScreeningResult? Screening { get; private set; }

    public IReadOnlyList<RoundView> Rounds { get; private set; } = [];

    public int? DiffFrom { get; private set; }

    public IReadOnlyList<ContentFieldDiff> Diff { get; private set; } = [];

    /// <summary>Why the signed-in user may not decide; null when they may.</summary>
    public string? Refusal { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<ScreeningFinding> RefusedHits { get; private set; } = [];

    /// <summary>签发 done and the viewer may publish: the page offers 去发布.</summary>
    public bool MayPublish => articles.Check(Article, ArticleOperation.Publish) is null;

    /// <summary>The piece waits at the workflow's last stage: approving it is 签发, which the page confirms first.</summary>
    public bool IsLastStage => Article.Stage is { } s && s.Index == (Rounds.LastOrDefault()?.Stages.Count ?? 0) - 1;

    public TimeSpan Waiting => clock.GetUtcNow() - (Article.StageSince ?? Article.UpdatedAt);

    public async Task<IActionResult> OnGetAsync(Guid articleId, CancellationToken ct) =>
        await LoadAsync(articleId, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(Guid articleId, int version, string? contentHash, string? comment, CancellationToken ct) =>
        DecideAsync(articleId, new DecisionInput(version, "approve", comment, contentHash), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid articleId, int version, string? contentHash, string? comment, CancellationToken ct) =>
        DecideAsync(articleId, new DecisionInput(version, "reject", comment, contentHash), ct);

    private async Task<IActionResult> DecideAsync(Guid articleId, DecisionInput input, CancellationToken ct)
    {
        var outcome = await desk.DecideAsync(articleId, input, ct);
        if (outcome.Succeeded) return Redirect($"/admin/review?decided={articleId}");
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        var hits = ScreeningRefusal.HitsOf(outcome);
        Error = outcome.Kind == OutcomeKind.Conflict
            ? "稿件已变化（新版本或已被他人处理），请重新查看后再决定。The article changed; look again before deciding. " + outcome.Detail
            : outcome.Kind == OutcomeKind.Unprocessable && hits is null
                ? "退回时必须填写意见。A comment is required to send a piece back."
                : outcome.Detail;
        RefusedHits = hits ?? [];
        Response.StatusCode = outcome.Kind == OutcomeKind.Invalid ? StatusCodes.Status422UnprocessableEntity : outcome.StatusCode();
        return await LoadAsync(articleId, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid articleId, CancellationToken ct)
    {
        if (await articles.FindAsync(articleId, ct) is not { ViewerMaySee: true } article) return false;
        Article = article;
        Rounds = await history.RoundsAsync(articleId, ct);
        Screening = await screening.ScreenAsync(articleId, article.Version, ct);
        Refusal = (await desk.RefusalAsync(articleId, ct))?.Detail;
        DiffFrom = Rounds.LastOrDefault(r => r.State != Data.ReviewRoundState.Open)?.SubmittedVersion;
        if (DiffFrom is { } from) Diff = (await versions.CompareAsync(articleId, from, article.Version, ct) ?? []).Where(d => d.Changed).ToList();
        return true;
    }
}
