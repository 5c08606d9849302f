using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>Edits a draft through <see cref="ArticleDesk"/>. The version the editor loaded travels in a hidden
/// field, so a save made after someone else's is refused as stale instead of overwriting it.</summary>
[Authorize]
public sealed class EditModel(ArticleDesk desk, ArticleQueries queries, ArticleAccess access, MediaDbContext db,
    IMediaFiles media) : EditorPageModel(db, media)
{
    [BindProperty]
    public int ExpectedVersion { get; set; }

    public Article? Article { get; private set; }

    /// <summary>Set when the save was refused because the article moved on; the reader's text stays in the form.</summary>
    public int? NewerVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } found) return NotFound();
        Form = ArticleForm.From(found.Version);
        ExpectedVersion = found.Version.Version;
        await ShowAsync(found.Article, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } found) return NotFound();
        await CheckCoverAsync(ct);
        if (ModelState.IsValid)
        {
            var result = await desk.UpdateAsync(id, ExpectedVersion, Form.ToInput(), ct);
            switch (result.Outcome.Kind)
            {
                case OutcomeKind.Done:
                    return Redirect($"/admin/articles/{id}?saved={result.Version!.Version}");
                case OutcomeKind.NotFound:
                    return NotFound();
                case OutcomeKind.Forbidden:
                    return Forbid();
                case OutcomeKind.PreconditionFailed:
                    NewerVersion = result.Article!.CurrentVersion;
                    break;
                case OutcomeKind.Conflict:
                    Problem = StatusNote(result.Article!);
                    break;
                default:
                    ShowFieldErrors(result);
                    break;
            }
        }
        await ShowAsync(found.Article, ct);
        return Page();
    }

    private async Task ShowAsync(Article article, CancellationToken ct)
    {
        Article = article;
        if (article.Status is not (EditorialStatus.Draft or EditorialStatus.Correcting))
        {
            ReadOnlyReason = StatusNote(article);
            WayToChange = WayToChangeOf(article);
        }
        else if (!access.CanEdit(article)) ReadOnlyReason = "你可以查看但不能编辑这篇稿件。";
        await LoadChoicesAsync(ct);
    }
}
