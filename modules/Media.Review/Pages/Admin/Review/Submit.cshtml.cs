using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Screening;
using Media.Abstractions.Security;
using Media.Review.Rounds;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Review.Pages.Admin.Review;

/// <summary>For authors: where the piece stands, why it came back, what screening finds, and submit, withdraw or
/// reopen — whichever its state allows.</summary>
[Authorize]
public sealed class SubmitModel(IArticleLifecycle articles, VersionScreening screening, ReviewHistory history, SubmissionDesk desk,
    ICurrentUser user) : PageModel
{
    public ArticleState Article { get; private set; } = null!;

    public ArticleScreeningResult? Screening { get; private set; }

    /// <summary>The screened version's text, for the words around each hit.</summary>
    public ArticleText? ScreenedText { get; private set; }

    public ScreeningView ScreeningShown => new(Screening?.Hits ?? [], ScreenedText);

    public IReadOnlyList<RoundView> Rounds { get; private set; } = [];

    /// <summary>What the desk refused, shown with <c>_Refusal</c> (docs/admin-ui.md §13).</summary>
    public Outcome? Refused { get; private set; }

    public string? Done { get; private set; }

    public bool MayAct => Article.CreatedBy == user.Id || Article.ViewerMayEdit;

    public bool IsAuthor => Article.CreatedBy == user.Id;

    /// <summary>Whether the transition table offers the operation from here to this user: only those forms show.</summary>
    public bool May(string operation) => articles.Check(Article, operation) is null;

    /// <summary>Set when the publish page sent the reader here to fix a channel's problem (docs/wechat.md §16):
    /// <c>cover</c> or <c>edit</c>; reopening then goes straight on to the edit page.</summary>
    public string? Fix { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid articleId, string? done, string? fix, CancellationToken ct)
    {
        Done = done;
        Fix = FixOf(fix);
        return await LoadAsync(articleId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid articleId, int version, string? comment, CancellationToken ct) =>
        await AnswerAsync(articleId, "submitted", await desk.SubmitAsync(articleId, new SubmitInput(version, comment), ct), ct);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid articleId, string? comment, CancellationToken ct) =>
        await AnswerAsync(articleId, "withdrawn", await desk.WithdrawAsync(articleId, new CommentInput(comment), ct), ct);

    public async Task<IActionResult> OnPostReopenAsync(Guid articleId, string? comment, string? fix, CancellationToken ct)
    {
        Fix = FixOf(fix);
        var outcome = await desk.ReopenAsync(articleId, new CommentInput(comment), ct);
        return outcome.Succeeded && Fix is not null
            ? Redirect($"/admin/articles/{articleId}/edit{(Fix == "cover" ? "#photos" : "")}")
            : await AnswerAsync(articleId, "reopened", outcome, ct);
    }

    /// <summary>Only the two known fixes: the parameter never becomes an address of its own.</summary>
    private static string? FixOf(string? fix) => fix is "cover" or "edit" ? fix : null;

    private async Task<IActionResult> AnswerAsync(Guid articleId, string done, Outcome outcome, CancellationToken ct)
    {
        if (outcome.Succeeded) return Redirect($"/admin/review/submit/{articleId}?done={done}");
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        Refused = outcome.Kind == OutcomeKind.Unprocessable ? outcome.Says("校对发现必须修改的问题，稿件未送审。") : outcome;
        Response.StatusCode = outcome.StatusCode();
        return await LoadAsync(articleId, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid articleId, CancellationToken ct)
    {
        if (await articles.FindAsync(articleId, ct) is not { ViewerMaySee: true } article) return false;
        Article = article;
        Rounds = await history.RoundsAsync(articleId, ct);
        var screened = await screening.ScreenTextAsync(articleId, article.Version, ct);
        (Screening, ScreenedText) = (screened?.Result, screened?.Text);
        return true;
    }
}
