using Media.Abstractions.Content;
using Media.Review.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Review.Pages.Admin.Notifications;

/// <summary>In-app notifications: what waits for the signed-in user, and what came back to them.</summary>
[Authorize]
public sealed class IndexModel(ReviewInbox inbox) : PageModel
{
    public IReadOnlyList<InboxItem> Waiting { get; private set; } = [];

    public IReadOnlyList<ArticleState> SentBack { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Waiting = await inbox.WaitingAsync(ct);
        SentBack = await inbox.SentBackAsync(ct);
    }
}
