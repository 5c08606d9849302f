using Media.Abstractions.Security;

namespace Media.Review;

/// <summary>Who may define and read workflows. Deciding a stage needs no permission of its own: the stage names
/// the role, and the decision desk checks it (with the author and one-stage-per-person rules) on every request.</summary>
public sealed class ReviewPermissions : IPermissionProvider
{
    public static readonly Permission ManageWorkflows = new(nameof(ManageWorkflows), "Create review workflows");
    public static readonly Permission ViewWorkflows = new(nameof(ViewWorkflows), "See the review workflows");

    public IEnumerable<Permission> GetPermissions() => [ManageWorkflows, ViewWorkflows];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Admin, [ManageWorkflows, ViewWorkflows]),
        new(MediaRoles.Auditor, [ViewWorkflows]),
        new(MediaRoles.Editor, [ViewWorkflows]),
        new(MediaRoles.ChiefEditor, [ViewWorkflows]),
        new(MediaRoles.Leader, [ViewWorkflows]),
    ];
}
