using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Data;
using Media.Distribution.Channels;
using Media.Distribution.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Publishing;

/// <summary>A published correction (更正) goes to every channel the piece went to, and to any channel newly chosen.
/// A channel that carries corrections gets the corrected version (the app an <c>article.updated</c> webhook); one that
/// cannot change what it published (WeChat) keeps the original live and its delivery says so plainly.</summary>
public sealed class CorrectionDeliveries(MediaDbContext db, IEnumerable<IChannelSender> senders)
{
    public const string NotSupportedMessage =
        "微信公众号文章发布后不能修改：更正只在网站和客户端生效，公众号上仍是原文；如需更正，请在公众号另发更正说明，或撤稿。" +
        " A published WeChat article cannot be changed: the correction reaches the site and the app only.";

    public async Task<List<Delivery>> RedeliverAsync(ArticleState corrected, List<Channel> chosen, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await db.Set<Delivery>().Where(d => d.ArticleId == corrected.Id).ToListAsync(ct);
        foreach (var delivery in existing) Redeliver(delivery, corrected, now);
        var added = chosen.Where(c => existing.All(d => d.ChannelId != c.Id))
            .Select(c => PublishDesk.NewDelivery(corrected.Id, c, corrected, now, now));
        return [.. existing, .. added];
    }

    private void Redeliver(Delivery delivery, ArticleState corrected, DateTimeOffset now)
    {
        var carries = senders.FirstOrDefault(s => s.ChannelType == delivery.ChannelType)?.CarriesCorrections ?? true;
        delivery.UpdatedAt = now;
        if (!carries && delivery.State == DeliveryStates.Delivered)
        {
            (delivery.State, delivery.LastError) = (DeliveryStates.NotSupported, NotSupportedMessage);
            return;
        }
        // The corrected version replaces the original on this channel (or goes out for the first time, if it never
        // arrived); what the channel returned before stays in Progress for a later retraction.
        (delivery.State, delivery.Version, delivery.ContentHash) = (DeliveryStates.Pending, corrected.Version, corrected.ContentHash);
        (delivery.Attempts, delivery.DueAt, delivery.LeaseUntil, delivery.LastError) = (0, now, null, null);
    }
}
