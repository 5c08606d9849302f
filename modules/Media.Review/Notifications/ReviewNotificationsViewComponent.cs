using Microsoft.AspNetCore.Mvc;

namespace Media.Review.Notifications;

/// <summary>The count on the notifications entry this module contributes to the admin menu (<see cref="ReviewAdminMenu"/>).</summary>
public sealed class ReviewNotificationsViewComponent(ReviewInbox inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var count = User.Identity?.IsAuthenticated == true ? await inbox.CountAsync(HttpContext.RequestAborted) : 0;
        return View(count);
    }
}
