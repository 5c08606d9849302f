using Media.Abstractions.Admin;
using Media.Abstractions.Content;
using Media.Data;
using Media.Distribution.Channels;
using Media.Distribution.Deliveries;
using Media.Distribution.Endpoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Components;

/// <summary>The deliveries panel this module contributes to an article's admin page: each channel's delivery, and the
/// publish and retract buttons the viewer's permissions and the article's status allow. Renders nothing the viewer may
/// not see.</summary>
public sealed class ArticleDeliveriesViewComponent(IArticleLifecycle articles, MediaDbContext db, IAuthorizationService authorization)
    : ArticlePanelComponent
{
    public override async Task<IViewComponentResult> InvokeAsync(Guid articleId)
    {
        var ct = HttpContext.RequestAborted;
        if (!await MayAsync(DistributionPermissions.ViewChannels)) return Content("");
        if (await articles.FindAsync(articleId, ct) is not { ViewerMaySee: true } article) return Content("");

        var rows = await db.Set<Delivery>().AsNoTracking().Where(d => d.ArticleId == articleId)
            .Join(db.Set<Channel>(), d => d.ChannelId, c => c.Id, (d, c) => new { d, c.Name }).ToListAsync(ct);
        var deliveries = rows.OrderBy(x => x.d.CreatedAt).Select(x => DeliveryResponse.From(x.d, x.Name)).ToList();
        var mayPublish = articles.Check(article, ArticleOperation.Publish) is null;
        var mayRetract = articles.Check(article, ArticleOperation.Retract) is null;
        var done = Request.Query["done"].ToString();
        var live = article.Status is EditorialStatus.Published or EditorialStatus.Correcting;
        var mayRetry = live && await MayAsync(EditorialPermissions.PublishArticles);
        IReadOnlyList<(Guid, string, string)> addable = [];
        if (mayRetry && article.Status == EditorialStatus.Published)
        {
            var taken = deliveries.Select(d => d.ChannelId).ToHashSet();
            addable = (await db.Set<Channel>().AsNoTracking().Where(c => c.IsEnabled).OrderBy(c => c.Name).ToListAsync(ct))
                .Where(c => !taken.Contains(c.Id)).Select(c => (c.Id, c.Name, c.Type)).ToList();
        }
        return View(new DeliveriesPanel(articleId, article.Status, deliveries, mayPublish, mayRetract, done.Length == 0 ? null : done,
            mayRetry, addable));
    }

    private async Task<bool> MayAsync(Abstractions.Security.Permission permission) =>
        (await authorization.AuthorizeAsync(HttpContext.User, permission.Name)).Succeeded;
}
