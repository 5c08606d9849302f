using Media.Abstractions.Admin;
using Media.Abstractions.Content;
using Media.Abstractions.Security;
using Media.Articles.Data;
using Media.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Today;

/// <summary>The 今日 panel of this module: the signed-in user's own pieces still on their way — drafts, corrections,
/// pieces in review and signed-off pieces not yet published — newest change first. Pieces sent back are the review
/// module's panel, with the reviewer's comment.</summary>
public sealed class MyArticlesTodayViewComponent(MediaDbContext db, ICurrentUser user) : TodayPanelComponent
{
    public const int Shown = 10;

    private static readonly string[] OnTheirWay =
        [EditorialStatus.Draft, EditorialStatus.Correcting, EditorialStatus.InReview, EditorialStatus.Approved, EditorialStatus.Scheduled];

    public override async Task<IViewComponentResult> InvokeAsync()
    {
        var mine = db.Set<Article>().AsNoTracking()
            .Where(a => a.CreatedBy == user.Id && OnTheirWay.Contains(a.Status) && a.LastReviewComment == null);
        var total = await mine.CountAsync(HttpContext.RequestAborted);
        var items = await mine.OrderByDescending(a => a.UpdatedAt).Take(Shown).ToListAsync(HttpContext.RequestAborted);
        return View(new MyArticlesToday(items, total));
    }
}

public sealed record MyArticlesToday(IReadOnlyList<Article> Items, int Total);
