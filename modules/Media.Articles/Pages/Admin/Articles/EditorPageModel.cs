using Media.Articles.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>What the new-article and edit pages share: the form, the column choices and how a desk refusal is
/// shown (field errors beside their fields; everything else as one message above the form).</summary>
public abstract class EditorPageModel(MediaDbContext db) : PageModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    public ColumnNames Columns { get; private set; } = new([]);

    /// <summary>A refusal that belongs to no single field (stale version, not a draft).</summary>
    public string? Problem { get; protected set; }

    /// <summary>Set when the form cannot be saved at all; the fields are shown disabled.</summary>
    public string? ReadOnlyReason { get; protected set; }

    protected async Task LoadColumnsAsync(CancellationToken ct) => Columns = await ColumnNames.LoadAsync(db, ct);

    /// <summary>Puts the desk's field errors (keyed by the API's camelCase names) beside the form fields.</summary>
    protected void ShowFieldErrors(DeskResult result)
    {
        if (result.Outcome == DeskOutcome.UnknownColumn)
        {
            ModelState.AddModelError(FieldKey("columnId"), "栏目不存在。No such column.");
            return;
        }
        foreach (var (field, messages) in result.Errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages) ModelState.AddModelError(FieldKey(field), message);
        }
    }

    public static string FieldKey(string field) => $"{nameof(Form)}.{char.ToUpperInvariant(field[0])}{field[1..]}";

    protected static bool IsFieldProblem(DeskOutcome outcome) => outcome is DeskOutcome.Invalid or DeskOutcome.UnknownColumn;

    protected static string StatusNote(Article article) =>
        $"只有草稿可以编辑；这篇稿件现在是「{StatusLabels.For(article.Status)}」。Only drafts can be edited.";
}
