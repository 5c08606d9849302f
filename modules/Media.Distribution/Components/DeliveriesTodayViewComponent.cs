using Media.Abstractions.Admin;
using Media.Abstractions.Content;
using Media.Abstractions.Time;
using Media.Data;
using Media.Distribution.Deliveries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Components;

/// <summary>The 今日 panel of this module: the pieces that went out today (Beijing time) with each channel's state, and
/// the deliveries that failed and wait for someone to retry or fix them, whatever day they failed.</summary>
public sealed class DeliveriesTodayViewComponent(MediaDbContext db, IArticleLifecycle articles, TimeProvider clock) : TodayPanelComponent
{
    public const int Shown = 10;

    public override async Task<IViewComponentResult> InvokeAsync()
    {
        var ct = HttpContext.RequestAborted;
        // In UTC: PostgreSQL takes only UTC offsets, and SQLite's stored form compares correctly only at one offset.
        var since = ChinaTime.StartOfDay(clock.GetUtcNow()).ToUniversalTime();
        var today = await db.Set<Delivery>().AsNoTracking().Where(d => d.CreatedAt >= since)
            .OrderByDescending(d => d.CreatedAt).Take(Shown * 8).ToListAsync(ct);
        var failed = await db.Set<Delivery>().AsNoTracking().Where(d => d.State == DeliveryStates.Failed)
            .OrderByDescending(d => d.UpdatedAt).Take(Shown).ToListAsync(ct);

        var titles = new Dictionary<Guid, ArticleState>();
        foreach (var id in today.Select(d => d.ArticleId).Concat(failed.Select(d => d.ArticleId)).Distinct())
        {
            if (await articles.FindAsync(id, ct) is { ViewerMaySee: true } article) titles[id] = article;
        }
        var wentOut = today.Where(d => titles.ContainsKey(d.ArticleId)).GroupBy(d => d.ArticleId)
            .Select(g => new TodayPiece(titles[g.Key], g.Min(d => d.CreatedAt), g.OrderBy(d => d.ChannelType, StringComparer.Ordinal).ToList()))
            .OrderByDescending(p => p.At).Take(Shown).ToList();
        var stuck = failed.Where(d => titles.ContainsKey(d.ArticleId)).Select(d => new TodayFailure(titles[d.ArticleId], d)).ToList();
        return View(new DeliveriesToday(wentOut, stuck));
    }
}

public sealed record TodayPiece(ArticleState Article, DateTimeOffset At, IReadOnlyList<Delivery> Deliveries);

public sealed record TodayFailure(ArticleState Article, Delivery Delivery);

public sealed record DeliveriesToday(IReadOnlyList<TodayPiece> WentOut, IReadOnlyList<TodayFailure> Failed);
