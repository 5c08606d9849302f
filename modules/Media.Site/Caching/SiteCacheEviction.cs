using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;

namespace Media.Site.Caching;

/// <summary>
/// Publish, schedule, retract and a published correction (更正) evict the article's page and every listing: a new
/// piece must appear on the home page and its column (and the parent column, which lists its children), a retracted
/// one must vanish from all of them and from the related pieces of its column's article pages (which are evicted too), a corrected one must show its new text and 更正说明 at once and appear on
/// /corrections (docs/lifecycle.md §4; the lifecycle enlists the event for the correction's publish too). Publication
/// changes are a few a day, so evicting all listings costs nothing worth saving; the node's page copies
/// (<see cref="PageSnapshots"/>) are emptied whole for the same reason.
/// </summary>
internal sealed class SiteCacheEviction(IOutputCacheStore store, PageSnapshots snapshots, ILogger<SiteCacheEviction> logger)
    : IAfterCommitHandler<ArticlePublicationChanged>
{
    public async Task HandleAsync(ArticlePublicationChanged changed, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(SiteCacheTags.Article(changed.ArticleId), cancellationToken);
        await store.EvictByTagAsync(SiteCacheTags.Column(changed.ColumnId), cancellationToken);
        await store.EvictByTagAsync(SiteCacheTags.Lists, cancellationToken);
        // After the shared store, so a copy taken from it meanwhile is dropped too (PageSnapshots' generation).
        snapshots.Clear();
        Log.PagesEvicted(logger, changed.ArticleId, changed.Status);
    }
}
