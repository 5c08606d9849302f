using Media.Abstractions.Admin;
using Media.Abstractions.Content;
using Media.Abstractions.Security;
using Microsoft.AspNetCore.Mvc;

namespace Media.Review.Notifications;

/// <summary>The 今日 panel of this module: what waits for the signed-in user's review (for those who review), oldest
/// first, and their own pieces sent back with the reviewer's comment (for anyone who has some).</summary>
public sealed class ReviewTodayViewComponent(ReviewInbox inbox, IPermissionService permissions, ICurrentUser user) : TodayPanelComponent
{
    public const int Shown = 8;

    public override async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        var reviews = permissions.Has(user.Roles, ReviewPermissions.ViewReviewInbox);
        IReadOnlyList<InboxItem> waiting = reviews ? await inbox.WaitingAsync(ct) : [];
        var sentBack = await inbox.SentBackAsync(ct);
        if (!reviews && sentBack.Count == 0) return Content("");
        return View(new ReviewToday(reviews, waiting, sentBack));
    }
}

public sealed record ReviewToday(bool Reviews, IReadOnlyList<InboxItem> Waiting, IReadOnlyList<ArticleState> SentBack);
