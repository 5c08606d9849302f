using Media.Abstractions.Security;

namespace Media.Review;

/// <summary>Who may define and read workflows. Deciding a stage needs no permission of its own: the stage names
/// the role, and the decision desk checks it (with the author and one-stage-per-person rules) on every request.</summary>
public sealed class ReviewPermissions : IPermissionProvider
{
    public static readonly Permission ManageWorkflows = new(nameof(ManageWorkflows), "Create review workflows");
    public static readonly Permission ViewWorkflows = new(nameof(ViewWorkflows), "See the review workflows");

    /// <summary>Puts the review inbox in the admin menu of those who decide stages. The page itself stays open to every
    /// signed-in user: a reporter finds their sent-back pieces there too.</summary>
    public static readonly Permission ViewReviewInbox = new(nameof(ViewReviewInbox), "Find the review inbox (待审) in the admin menu");

    public IEnumerable<Permission> GetPermissions() => [ManageWorkflows, ViewWorkflows, ViewReviewInbox];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Admin, [ManageWorkflows, ViewWorkflows]),
        new(MediaRoles.Auditor, [ViewWorkflows]),
        new(MediaRoles.Editor, [ViewWorkflows, ViewReviewInbox]),
        new(MediaRoles.ChiefEditor, [ViewWorkflows, ViewReviewInbox]),
        new(MediaRoles.Leader, [ViewWorkflows, ViewReviewInbox]),
    ];
}
