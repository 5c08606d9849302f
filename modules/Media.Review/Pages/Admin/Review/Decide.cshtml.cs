using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Screening;
using Media.Abstractions.Security;
using Media.Review.Data;
using Media.Review.Rounds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Review.Pages.Admin.Review;

/// <summary>The review page: the version under review as each channel receives it (framed, docs/review.md §4), the
/// diff since the version the previous round saw, screening results, earlier decisions, and — for who may decide this
/// stage — approve or send back. At the last stage a user with TOTP and no recent proof types the 动态验证码 into the
/// same form (docs/accounts.md §9).</summary>
[Authorize]
public sealed class DecideModel(IArticleLifecycle articles, IArticleVersionReader versions,
    VersionScreening screening, ReviewHistory history, DecisionDesk desk, IStepUpGate stepUp, TimeProvider clock) : PageModel
{
    public ArticleState Article { get; private set; } = null!;

    public ArticleScreeningResult? Screening { get; private set; }

    /// <summary>The screened version's text, for the words around each hit.</summary>
    public ArticleText? ScreenedText { get; private set; }

    public ScreeningView ScreeningShown => new(Screening?.Hits ?? [], ScreenedText);

    public IReadOnlyList<RoundView> Rounds { get; private set; } = [];

    public int? DiffFrom { get; private set; }

    public IReadOnlyList<ContentFieldDiff> Diff { get; private set; } = [];

    /// <summary>Why the signed-in user may not decide; null when they may.</summary>
    public string? Refusal { get; private set; }

    /// <summary>What the desk (or the page's own 签发 confirmation) refused, shown with <c>_Refusal</c>: the Chinese
    /// sentence, the API's detail in 技术信息 (docs/admin-ui.md §13).</summary>
    public Outcome? Refused { get; private set; }

    public IReadOnlyList<ScreeningFinding> RefusedHits { get; private set; } = [];

    public ScreeningView RefusedShown => new(RefusedHits, ScreenedText);

    /// <summary>The decision forms carry the 动态验证码 field: the last stage, and the user's proof is due.</summary>
    public bool StepUpDue { get; private set; }

    /// <summary>Why the code typed into the posted form was refused (or that one is needed).</summary>
    public string? StepUpError { get; private set; }

    /// <summary>The form last posted ("approve" or "reject") and its comment, shown again when it is refused.</summary>
    public string? Posted { get; private set; }

    public string? PostedComment { get; private set; }

    public string? CommentFor(string form) => Posted == form ? PostedComment : null;

    public StepUpField StepUpFieldFor(string form) => new(Posted == form ? StepUpError : null);

    /// <summary>签发 done and the viewer may publish: the page offers 去发布.</summary>
    public bool MayPublish => articles.Check(Article, ArticleOperation.Publish) is null;

    /// <summary>The piece waits at the workflow's last stage: approving it is 签发, which the page confirms first.</summary>
    public bool IsLastStage => Article.Stage is { } s && s.Index == (Rounds.LastOrDefault()?.Stages.Count ?? 0) - 1;

    public TimeSpan Waiting => clock.GetUtcNow() - (Article.StageSince ?? Article.UpdatedAt);

    public async Task<IActionResult> OnGetAsync(Guid articleId, CancellationToken ct) =>
        await LoadAsync(articleId, ct) ? Page() : NotFound();

    /// <summary>签发 (approving the last stage) needs the form's confirmation ticked, checked here and not only by the
    /// browser's <c>required</c> (docs/admin-ui.md §5): without it nothing is decided and nothing is recorded.</summary>
    public async Task<IActionResult> OnPostApproveAsync(Guid articleId, int version, string? contentHash, string? comment, string? stepUpCode,
        bool confirmed, CancellationToken ct)
    {
        if (!confirmed)
        {
            (Posted, PostedComment) = (ReviewDecisionKind.Approve, comment);
            if (!await LoadAsync(articleId, ct)) return NotFound();
            if (IsLastStage && Refusal is null)
            {
                Refused = Unconfirmed;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            }
        }
        return await DecideAsync(articleId, new DecisionInput(version, ReviewDecisionKind.Approve, comment, contentHash), stepUpCode, ct);
    }

    /// <summary>The refusal of a 签发 form posted without its confirmation.</summary>
    public static readonly Outcome Unconfirmed = Outcome.Unprocessable("confirmed", "Tick the confirmation to sign off.", "The sign-off was not confirmed.")
        .Says("请先勾选“我已阅读全文并确认签发”，稿件未签发。");

    public Task<IActionResult> OnPostRejectAsync(Guid articleId, int version, string? contentHash, string? comment, string? stepUpCode,
        CancellationToken ct) =>
        DecideAsync(articleId, new DecisionInput(version, "reject", comment, contentHash), stepUpCode, ct);

    /// <summary>A typed code is checked first (the desk then finds the proof fresh); the desk decides whether one was
    /// needed, so a form without the field still cannot sign off without a proof.</summary>
    private async Task<IActionResult> DecideAsync(Guid articleId, DecisionInput input, string? stepUpCode, CancellationToken ct)
    {
        (Posted, PostedComment) = (input.Decision, input.Comment);
        if (!string.IsNullOrWhiteSpace(stepUpCode) && await stepUp.IsDueAsync(ct)
            && await stepUp.ProveOrExplainAsync(stepUpCode, ct) is { } wrong)
            return await AgainAsync(articleId, StatusCodes.Status422UnprocessableEntity, ct, stepUpError: wrong);
        var outcome = await desk.DecideAsync(articleId, input, ct);
        if (outcome.Succeeded) return Redirect($"/admin/review?decided={articleId}");
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        if (outcome.Kind == OutcomeKind.StepUpRequired)
            return await AgainAsync(articleId, StatusCodes.Status422UnprocessableEntity, ct, stepUpError: StepUpForm.Missing);
        var hits = ScreeningRefusal.HitsOf(outcome);
        Refused = outcome;
        RefusedHits = hits ?? [];
        return await AgainAsync(articleId, outcome.Kind == OutcomeKind.Invalid ? StatusCodes.Status422UnprocessableEntity : outcome.StatusCode(), ct);
    }

    /// <summary>The page again, with what was typed into the posted form.</summary>
    private async Task<IActionResult> AgainAsync(Guid articleId, int status, CancellationToken ct, string? stepUpError = null)
    {
        StepUpError = stepUpError;
        Response.StatusCode = status;
        return await LoadAsync(articleId, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid articleId, CancellationToken ct)
    {
        if (await articles.FindAsync(articleId, ct) is not { ViewerMaySee: true } article) return false;
        Article = article;
        Rounds = await history.RoundsAsync(articleId, ct);
        var screened = await screening.ScreenTextAsync(articleId, article.Version, ct);
        (Screening, ScreenedText) = (screened?.Result, screened?.Text);
        Refusal = (await desk.RefusalAsync(articleId, ct))?.ForPeople();
        StepUpDue = Refusal is null && IsLastStage && await stepUp.IsDueAsync(ct);
        DiffFrom = Rounds.LastOrDefault(r => r.State != Data.ReviewRoundState.Open)?.SubmittedVersion;
        if (DiffFrom is { } from) Diff = (await versions.CompareAsync(articleId, from, article.Version, ct) ?? []).Where(d => d.Changed).ToList();
        return true;
    }
}
