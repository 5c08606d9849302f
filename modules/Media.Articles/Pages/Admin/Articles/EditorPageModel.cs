using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>What the new-article and edit pages share: the form, the column choices and how a desk refusal is
/// shown (field errors beside their fields; everything else as one message above the form).</summary>
public abstract class EditorPageModel(MediaDbContext db, IMediaFiles media) : PageModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    public ColumnNames Columns { get; private set; } = new([]);

    /// <summary>A refusal that belongs to no single field (stale version, not a draft).</summary>
    public string? Problem { get; protected set; }

    /// <summary>Set when the form cannot be saved at all; the fields are shown disabled.</summary>
    public string? ReadOnlyReason { get; protected set; }

    /// <summary>Where a read-only piece can be changed after all (reopen it, or open a correction), so the notice is no
    /// dead end (docs/admin-ui.md §1); null when there is no such way.</summary>
    public (string Href, string Label)? WayToChange { get; protected set; }

    /// <summary>The chosen cover's thumbnail, shown in the photo panel; null without a cover.</summary>
    public string? CoverThumbUrl { get; private set; }

    /// <summary>What the page needs besides the form: column choices and the cover's thumbnail.</summary>
    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        Columns = await ColumnNames.LoadAsync(db, ct);
        CoverThumbUrl = Form.CoverMediaId is { } cover && await media.VariantUrlsAsync(cover, ct) is { } urls
            ? urls.GetValueOrDefault("thumb") ?? urls.Values.FirstOrDefault()
            : null;
    }

    /// <summary>Refuses a cover id the media library does not know (a stale tab, a hand-made post).</summary>
    protected async Task CheckCoverAsync(CancellationToken ct)
    {
        if (Form.CoverMediaId is { } cover && await media.VariantUrlsAsync(cover, ct) is null)
            ModelState.AddModelError(FieldKey("coverMediaId"), "封面图片不存在。");
    }

    /// <summary>Puts the desk's field errors (keyed by the API's camelCase names) beside the form fields.</summary>
    protected void ShowFieldErrors(DeskResult result)
    {
        if (result.Outcome.Errors?.ContainsKey("columnId") == true && result.Outcome.Kind == OutcomeKind.Unprocessable)
        {
            ModelState.AddModelError(FieldKey("columnId"), "栏目不存在。");
            return;
        }
        foreach (var (field, messages) in result.Outcome.Errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages) ModelState.AddModelError(FieldKey(field), message);
        }
    }

    public static string FieldKey(string field) => $"{nameof(Form)}.{char.ToUpperInvariant(field[0])}{field[1..]}";

    protected static bool IsFieldProblem(Outcome outcome) => outcome.Errors is not null;

    /// <summary>A piece in review or signed off is reopened from its 送审 page (its sign-off becomes void); a published one
    /// is corrected.</summary>
    protected static (string Href, string Label)? WayToChangeOf(Article article) => article.Status switch
    {
        EditorialStatus.InReview or EditorialStatus.Approved => ($"/admin/review/submit/{article.Id}?fix=edit#reopen", "重新打开修改"),
        EditorialStatus.Published => ($"/admin/articles/{article.Id}/correct", "去更正"),
        _ => null,
    };

    protected static string StatusNote(Article article) =>
        $"只有草稿或正在更正的稿件可以编辑；这篇稿件现在是「{EditorialStatus.Label(article.Status)}」。";
}
