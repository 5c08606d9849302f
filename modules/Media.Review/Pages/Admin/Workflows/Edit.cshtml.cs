using Media.Abstractions.Content;
using Media.Review.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Review.Pages.Admin.Workflows;

/// <summary>One workflow: its name and stages, saved through <see cref="WorkflowCatalog.UpdateAsync"/>, the desk behind
/// <c>PUT /api/workflows/{id}</c> with the same checks (<see cref="WorkflowInput"/>). Rounds under way keep the stages
/// they started with (docs/admin-ui.md §7). The built-in default is refused as the API refuses it.</summary>
[Authorize(Policy = nameof(ReviewPermissions.ManageWorkflows))]
public sealed class EditModel(WorkflowCatalog catalog) : PageModel
{
    public WorkflowDefinition Workflow { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Saved { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<WorkflowStageInput> Stages { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken ct)
    {
        if (await catalog.FindAsync(id, ct) is not { } workflow) return NotFound();
        Workflow = workflow;
        Saved = saved;
        Name = workflow.Name;
        Stages = workflow.Stages.Select(s => new WorkflowStageInput(s.Name, s.Role)).ToList();
        if (workflow.IsDefault) Errors = [DefaultText];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await catalog.FindAsync(id, ct) is not { } workflow) return NotFound();
        Workflow = workflow;
        var input = new WorkflowInput(Name, Stages.Where(s => !string.IsNullOrWhiteSpace(s.Name)).ToArray());
        var errors = input.Check();
        if (errors.Any)
        {
            Errors = errors.ToDictionary().Keys.Select(IndexModel.Readable).Distinct().ToList();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (saved, conflict) = await catalog.UpdateAsync(id, input.Name!.Trim(), input.Normalize(), ct);
        if (conflict is not null)
        {
            Errors = [DefaultText];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return saved is null ? NotFound() : RedirectToPage(new { id, saved = true });
    }

    private const string DefaultText = "默认的三审流程是内置的，不能修改；请新建一个流程并在“栏目”中选用。";
}
