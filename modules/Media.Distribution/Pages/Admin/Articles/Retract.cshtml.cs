using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Distribution.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Distribution.Pages.Admin.Articles;

/// <summary>撤稿: with a reason, from every channel at once. The desk refuses what cannot be retracted. A user with TOTP
/// and no recent proof types the 动态验证码 into the same form (docs/accounts.md §9).</summary>
[Authorize(Policy = nameof(EditorialPermissions.RetractArticles))]
public sealed class RetractModel(IArticleLifecycle articles, RetractDesk desk, IStepUpGate stepUp) : PageModel
{
    public ArticleState Article { get; private set; } = null!;

    public string? Error { get; private set; }

    public string? ReasonError { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The form carries the 动态验证码 field.</summary>
    public bool StepUpDue { get; private set; }

    public string? StepUpError { get; private set; }

    public bool MayRetract => articles.Check(Article, ArticleOperation.Retract) is null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string? reason, string? stepUpCode, CancellationToken ct)
    {
        Reason = reason;
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > RetractDesk.MaxReason)
        {
            ReasonError = $"请填写撤稿原因（1–{RetractDesk.MaxReason} 字）。";
            return await AnswerAsync(id, StatusCodes.Status422UnprocessableEntity, ct);
        }
        if (await stepUp.RefusalAsync(stepUpCode, ct) is { } refusal)
        {
            StepUpError = refusal;
            return await AnswerAsync(id, StatusCodes.Status422UnprocessableEntity, ct);
        }
        var outcome = await desk.RetractAsync(id, reason.Trim(), ct);
        switch (outcome.Kind)
        {
            case OutcomeKind.Done: return Redirect($"/admin/articles/{id}?done=retracted");
            case OutcomeKind.NotFound: return NotFound();
            default:
                Error = "稿件当前状态不能撤稿（可能已被撤回），请刷新后查看。";
                return await AnswerAsync(id, StatusCodes.Status409Conflict, ct);
        }
    }

    private async Task<IActionResult> AnswerAsync(Guid id, int status, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await articles.FindAsync(id, ct) is not { ViewerMaySee: true } article) return false;
        Article = article;
        StepUpDue = MayRetract && await stepUp.IsDueAsync(ct);
        return true;
    }
}
