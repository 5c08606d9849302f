using System.Diagnostics;
using Media.Abstractions.Content;
using Microsoft.Extensions.Logging;

namespace Media.Search.Indexing;

/// <summary>Rebuilds the index from the database (docs/search.md §3): an empty index in a clean folder, then every
/// published article, a page at a time, through <see cref="IPublishedArticles"/>. A publication that commits while
/// this runs is indexed by its notification as usual; both write the same document for it.</summary>
internal sealed class SearchIndexRebuild(IPublishedArticles published, SearchIndex index, TimeProvider clock, ILogger<SearchIndexRebuild> logger)
{
    private const int BatchSize = 200;

    /// <returns>How many articles are in the index now.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        index.Reset();
        var count = 0;
        for (var page = 1; ; page++)
        {
            var (items, _) = await published.ListAsync(null, page, BatchSize, cancellationToken);
            foreach (var article in items)
            {
                index.Add(ArticleDocument.From(article), ArticleDocument.Key(article.Id));
                count++;
            }
            if (items.Count < BatchSize) break;
        }
        index.CommitAndRefresh();
        Log.Rebuilt(logger, count, (long)clock.GetElapsedTime(started).TotalMilliseconds);
        return count;
    }
}
