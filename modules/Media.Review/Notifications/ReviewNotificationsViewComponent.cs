using Microsoft.AspNetCore.Mvc;

namespace Media.Review.Notifications;

/// <summary>The notification count for the admin layout's top bar: <c>@await Component.InvokeAsync("ReviewNotifications")</c>.</summary>
public sealed class ReviewNotificationsViewComponent(ReviewInbox inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var count = User.Identity?.IsAuthenticated == true ? await inbox.CountAsync(HttpContext.RequestAborted) : 0;
        return View(count);
    }
}
