using Media.Abstractions.Admin;
using Media.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Articles.Pages.Admin.Today;

/// <summary>今日, the admin's landing page (docs/admin-ui.md §8): the panels the modules contribute for the signed-in
/// user's day — their own pieces, what waits for their review, today's deliveries — and nothing they may not see.</summary>
[Authorize]
public sealed class IndexModel(TodayPanels panels, ICurrentUser user) : PageModel
{
    public IReadOnlyList<TodayPanel> Panels { get; private set; } = [];

    public string DisplayName => user.DisplayName;

    public void OnGet() => Panels = panels.Visible();
}
