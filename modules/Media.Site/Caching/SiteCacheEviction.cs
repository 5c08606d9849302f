using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;

namespace Media.Site.Caching;

/// <summary>
/// Publish, schedule and retract evict the article's page and every listing: a new piece must appear on the home
/// page and its column (and the parent column, which lists its children), a retracted one must vanish from all of
/// them. Publication changes are a few a day, so evicting all listings costs nothing worth saving.
/// </summary>
internal sealed class SiteCacheEviction(IOutputCacheStore store, ILogger<SiteCacheEviction> logger)
    : IDomainEventHandler<ArticlePublicationChanged>
{
    public async Task HandleAsync(ArticlePublicationChanged domainEvent, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(SiteCacheTags.Article(domainEvent.ArticleId), cancellationToken);
        await store.EvictByTagAsync(SiteCacheTags.Lists, cancellationToken);
        Log.PagesEvicted(logger, domainEvent.ArticleId, domainEvent.Status);
    }
}
