using Media.Abstractions.Admin;
using Media.Review.Notifications;

namespace Media.Review;

/// <summary>The review inbox for those who decide stages, and everyone's notifications with their count.</summary>
internal sealed class ReviewAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
    [
        new("待审 Review", "/admin/review", 200, [ReviewPermissions.ViewReviewInbox]),
        // Every signed-in user: reporters hear here that a piece came back to them.
        new AdminMenuEntry("通知", "/admin/notifications", 300, []) { Title = "待审与退回 Waiting and sent back" }
            .WithBadge<ReviewNotificationsViewComponent>(),
    ];
}
