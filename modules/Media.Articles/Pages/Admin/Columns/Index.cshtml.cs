using Media.Abstractions.Content;
using Media.Articles.Columns;
using Media.Articles.Data;
using Media.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Articles.Pages.Admin.Columns;

/// <summary>栏目: the columns with their workflow, and a form that creates one through <see cref="ColumnDesk"/>, the
/// desk behind <c>POST /api/columns</c> (docs/admin-ui.md §7).</summary>
[Authorize(Policy = nameof(ArticlesPermissions.ManageColumns))]
public sealed class IndexModel(MediaDbContext db, ColumnDesk desk, IServiceProvider services) : PageModel
{
    private static readonly Dictionary<string, string> FieldTexts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "请填写栏目名称（不超过 100 字）。",
        ["slug"] = "网址名只能用小写字母、数字和单个连字符，例如 county-news，且不能与已有栏目重复。",
        ["workflowId"] = "所选审核流程不存在。",
        ["parentId"] = "所选上级栏目不存在。",
    };

    /// <summary>The desk's field errors in the newsroom's words.</summary>
    internal static IReadOnlyList<string> Readable(IDictionary<string, string[]> errors) =>
        errors.Keys.Select(k => FieldTexts.TryGetValue(k, out var text) ? text : string.Join(" ", errors[k])).ToList();

    public IReadOnlyList<Column> Columns { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<Guid, string>> Workflows { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Created { get; private set; }

    [BindProperty]
    public ColumnForm Form { get; set; } = new();

    public string WorkflowName(Guid? id) =>
        id is null ? "默认流程" : Workflows.FirstOrDefault(w => w.Key == id).Value ?? "默认流程";

    public async Task OnGetAsync(string? created, CancellationToken ct)
    {
        Created = created;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (column, invalid, unknown) = await desk.CreateAsync(new ColumnInput(Form.Name, Form.Slug?.Trim(), null, Form.WorkflowId), ct);
        if (column is not null) return RedirectToPage(new { created = column.Name });
        Errors = Readable(invalid ?? unknown!);
        Response.StatusCode = invalid is not null ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Columns = await db.Set<Column>().AsNoTracking().OrderBy(c => c.Slug).ToListAsync(ct);
        Workflows = services.GetService<IWorkflowCatalog>() is { } catalog ? await catalog.NamesAsync(ct) : [];
    }

    public sealed class ColumnForm
    {
        public string? Name { get; set; }

        public string? Slug { get; set; }

        public Guid? WorkflowId { get; set; }
    }
}
