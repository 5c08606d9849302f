using System.Text.Json;
using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Abstractions.Hosting;
using Media.Distribution.Channels;

namespace Media.Distribution.Deliveries;

/// <summary>Runs the channel's sender once for a claimed delivery and says where that leaves it.</summary>
public sealed class DeliveryAttempt(
    IEnumerable<IChannelSender> senders,
    IChannelDirectory channels,
    IPublishedArticles published,
    GoLive goLive,
    DeliveryLedger ledger,
    DeliveryVerdicts verdicts,
    PublicSiteAddress site)
{
    public async Task<DeliverySettlement> RunAsync(Delivery delivery, CancellationToken ct)
    {
        var sender = senders.FirstOrDefault(s => s.ChannelType == delivery.ChannelType);
        var channel = await channels.FindAsync(delivery.ChannelId, ct);
        if (sender is null || channel is null)
            return verdicts.Settle(delivery, DeliveryStep.Failed($"没有可用的渠道 '{delivery.ChannelType}'. No sender for this channel."));

        PublishedArticle? article = null;
        var occurredAt = delivery.CreatedAt;
        if (delivery.IsRetraction)
        {
            // The event the channel hears about is the retraction, not the publication this row was created for.
            occurredAt = (await published.FindAsync(delivery.ArticleId, ct)).RetractedAt ?? delivery.UpdatedAt;
        }
        else
        {
            var refusal = await goLive.EnsurePublishedAsync(delivery.ArticleId, ct);
            if (refusal is not null) return verdicts.Refused(delivery, refusal);
            var lookup = await published.FindAsync(delivery.ArticleId, ct);
            if (lookup.State != PublicationState.Published)
                return verdicts.Settle(delivery, DeliveryStep.Failed("稿件已不在发布状态。The article is no longer published."));
            article = lookup.Article;
        }

        var progress = JsonSerializer.Deserialize<Dictionary<string, string>>(delivery.Progress) ?? new();
        var context = new DeliveryContext(delivery.Id, delivery.ArticleId, channel.Id, channel.Name, delivery.Attempts, article,
            delivery.Version, channel.Settings, progress, SaveProgress(delivery.Id, progress), site.BaseUrl, occurredAt);
        DeliveryStep step;
        try
        {
            step = delivery.IsRetraction ? await sender.RetractAsync(context, ct) : await sender.PublishAsync(context, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            step = DeliveryStep.Retry($"{e.GetType().Name}: {e.Message}");
        }
        return verdicts.Settle(delivery, step);
    }

    private Func<string, string, CancellationToken, Task> SaveProgress(Guid id, Dictionary<string, string> progress) =>
        async (key, value, ct) =>
        {
            progress[key] = value;
            await ledger.SaveProgressAsync(id, progress, ct);
        };
}
