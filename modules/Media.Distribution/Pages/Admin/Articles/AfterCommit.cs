using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Distribution.Jobs;
using Media.Distribution.Publishing;

namespace Media.Distribution.Pages.Admin.Articles;

/// <summary>What the API does once a desk has committed (see PublishingEndpoints): start the delivery jobs and
/// announce the publication change so the site cache evicts.</summary>
internal static class AfterCommit
{
    public static async Task<string> AnnounceAsync(Guid articleId, PublishOutcome outcome, DeliveryQueue queue, IArticleLifecycle articles,
        IDomainEventPublisher events, CancellationToken ct)
    {
        queue.Start(outcome.Deliveries!);
        var state = (await articles.FindAsync(articleId, ct))!;
        await events.PublishAsync(new ArticlePublicationChanged(articleId, state.ColumnId, state.Status), ct);
        return state.Status;
    }
}
