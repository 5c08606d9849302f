using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Microsoft.Extensions.Logging;

namespace Media.Search.Indexing;

/// <summary>Keeps the index in step with publication (docs/search.md §2): after a publish, a correction's publish or
/// a retraction has committed, the article is read back through <see cref="IPublishedArticles"/> and indexed if it
/// is published now, removed otherwise. Reading the state rather than trusting the notification's status makes a
/// late or repeated notification harmless.</summary>
internal sealed class SearchIndexUpdater(IPublishedArticles published, SearchIndex index, ILogger<SearchIndexUpdater> logger)
    : IAfterCommitHandler<ArticlePublicationChanged>
{
    public async Task HandleAsync(ArticlePublicationChanged notification, CancellationToken cancellationToken)
    {
        var lookup = await published.FindAsync(notification.ArticleId, cancellationToken);
        var key = ArticleDocument.Key(notification.ArticleId);
        if (lookup is { State: PublicationState.Published, Article: { } article })
        {
            index.Upsert(ArticleDocument.From(article), key);
            Log.ArticleIndexed(logger, notification.ArticleId, "indexed", notification.Status);
        }
        else
        {
            index.Delete(key);
            Log.ArticleIndexed(logger, notification.ArticleId, "removed", notification.Status);
        }
    }
}
