using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Articles.Content;
using Media.Articles.Corrections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>Opens a correction (更正) of a published article with its note, then sends the editor to the corrected
/// version's editor (docs/lifecycle.md §4).</summary>
[Authorize(Policy = nameof(EditorialPermissions.CorrectArticles))]
public sealed class CorrectModel(ArticleQueries queries, CorrectionDesk desk) : PageModel
{
    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public int PublishedVersion { get; private set; }

    public string? Note { get; private set; }

    /// <summary>What the desk refused, shown with <c>_Refusal</c> (docs/admin-ui.md §13).</summary>
    public Outcome? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string? note, CancellationToken ct)
    {
        var result = await desk.OpenAsync(id, new CorrectionInput(note), ct);
        if (result.Saved) return Redirect($"/admin/articles/{id}/edit");
        if (result.Outcome.Kind == OutcomeKind.NotFound) return NotFound();
        Note = note;
        Refused = result.Outcome.Kind == OutcomeKind.Conflict
            ? result.Outcome.Says("这篇稿件现在不能更正（只有已发布的稿件可以更正，且同一时间只能有一个更正）。")
            : result.Outcome;
        Response.StatusCode = result.Outcome.StatusCode();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } found) return false;
        (Id, Title, PublishedVersion) = (id, found.Version.Title, found.Article.PublishedVersion ?? found.Article.CurrentVersion);
        return true;
    }
}
