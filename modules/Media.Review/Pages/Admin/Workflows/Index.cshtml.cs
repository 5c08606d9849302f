using Media.Abstractions.Content;
using Media.Abstractions.Security;
using Media.Review.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Review.Pages.Admin.Workflows;

/// <summary>审核流程: the workflows with their stages in order, and (for who manages them) a form that creates one with
/// the same checks as <c>POST /api/workflows</c> (<see cref="WorkflowInput"/>); each one but the built-in default links
/// to its edit page (docs/admin-ui.md §7).</summary>
[Authorize(Policy = nameof(ReviewPermissions.ViewWorkflows))]
public sealed class IndexModel(WorkflowCatalog catalog, IPermissionService permissions) : PageModel
{
    /// <summary>Blank rows offered by the form; rows left empty are dropped.</summary>
    public const int FormRows = 5;

    public IReadOnlyList<WorkflowDefinition> Workflows { get; private set; } = [];

    public bool MayManage => permissions.Has(User, ReviewPermissions.ManageWorkflows);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Created { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<WorkflowStageInput> Stages { get; set; } = [];

    public async Task OnGetAsync(string? created, CancellationToken ct)
    {
        Created = created;
        Workflows = await catalog.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayManage) return Forbid();
        var input = new WorkflowInput(Name, Stages.Where(s => !string.IsNullOrWhiteSpace(s.Name)).ToArray());
        var errors = input.Check();
        if (!errors.Any)
        {
            var workflow = await catalog.CreateAsync(input.Name!.Trim(), input.Normalize(), ct);
            return RedirectToPage(new { created = workflow.Name });
        }
        Errors = errors.ToDictionary().Keys.Select(Readable).Distinct().ToList();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Workflows = await catalog.ListAsync(ct);
        return Page();
    }

    public static string StageRole(string role) => RoleLabels.Label(role);

    internal static string Readable(string field) => field switch
    {
        "name" => "请填写流程名称。",
        "stages" => "至少要有一个环节（最多 " + ReviewLimits.Stages + " 个），最后一个环节是终审签发。",
        _ when field.EndsWith(".role", StringComparison.Ordinal) => "每个环节要选择由谁审核：编辑、主编、领导或管理员。",
        _ => "环节名称过长。",
    };
}
