namespace Media.Abstractions.Content;

/// <summary>The read side the public site and the app's read API use: published articles only.</summary>
public interface IPublishedArticles
{
    Task<PublicArticleLookup> FindAsync(Guid articleId, CancellationToken cancellationToken);

    /// <summary>Newest first; <paramref name="columnId"/> also takes the column's direct children.</summary>
    Task<(IReadOnlyList<PublishedArticle> Items, int Total)> ListAsync(Guid? columnId, int page, int pageSize, CancellationToken cancellationToken);

    Task<IReadOnlyList<PublicColumn>> ColumnsAsync(CancellationToken cancellationToken);

    /// <summary>At most <paramref name="max"/> published articles, newest first, without rendering their text: what
    /// a sitemap needs of every one of them.</summary>
    Task<IReadOnlyList<PublishedEntry>> EntriesAsync(int max, CancellationToken cancellationToken);
}
