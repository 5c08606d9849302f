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

/// <summary>One column: rename it, change its slug (until a piece of it has gone out) or its workflow, through
/// <see cref="ColumnDesk.UpdateAsync"/>, the desk behind <c>PUT /api/columns/{id}</c> (docs/admin-ui.md §7).</summary>
[Authorize(Policy = nameof(ArticlesPermissions.ManageColumns))]
public sealed class EditModel(MediaDbContext db, ColumnDesk desk, IServiceProvider services) : PageModel
{
    public Column Column { get; private set; } = null!;

    public bool HasPublished { get; private set; }

    public IReadOnlyList<KeyValuePair<Guid, string>> Workflows { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    [BindProperty]
    public IndexModel.ColumnForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Saved = saved;
        Form = new IndexModel.ColumnForm { Name = Column.Name, Slug = Column.Slug, WorkflowId = Column.WorkflowId ?? Workflows.FirstOrDefault().Key };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var change = await desk.UpdateAsync(id, new ColumnInput(Form.Name, Form.Slug?.Trim(), null, Form.WorkflowId), ct);
        if (change.Invalid is null && change.Column is null) return NotFound();
        if (change.Invalid is null && change.Unknown is null && change.Conflict is null) return RedirectToPage(new { id, saved = true });
        Errors = change.Conflict is not null ? [change.Conflict.Split("The column")[0]]
            : IndexModel.Readable(change.Invalid ?? change.Unknown!);
        Response.StatusCode = change.Invalid is not null ? StatusCodes.Status400BadRequest
            : change.Conflict is not null ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<Column>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } column) return false;
        Column = column;
        HasPublished = await db.Set<Article>().AnyAsync(a => a.ColumnId == id && a.PublishedAt != null, ct);
        Workflows = services.GetService<IWorkflowCatalog>() is { } catalog ? await catalog.NamesAsync(ct) : [];
        return true;
    }
}
