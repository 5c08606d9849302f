using Media.Abstractions.Admin;
using Media.Review.Notifications;

namespace Media.Review;

/// <summary>The review inbox for those who decide stages, everyone's notifications with their count, and 审核流程 for
/// who manages workflows.</summary>
internal sealed class ReviewAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
    [
        new("待审", "/admin/review", 200, [ReviewPermissions.ViewReviewInbox]),
        // Every signed-in user: reporters hear here that a piece came back to them.
        new AdminMenuEntry("通知", "/admin/notifications", 300, []) { Title = "待审与退回" }
            .WithBadge<ReviewNotificationsViewComponent>(),
        new("审核流程", "/admin/workflows", 720, [ReviewPermissions.ManageWorkflows]),
    ];
}
