namespace Media.Abstractions.Content;

/// <summary>The read side the public site and the app's read API use: published articles only.</summary>
public interface IPublishedArticles
{
    Task<PublicArticleLookup> FindAsync(Guid articleId, CancellationToken cancellationToken);

    /// <summary>The article whose stored public address is <paramref name="url"/> (site-relative, as
    /// <see cref="ArticleAddress"/> writes it).</summary>
    Task<PublicArticleLookup> FindByUrlAsync(string url, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> other published pieces of <paramref name="article"/>'s column that share
    /// at least one of its tags, newest first.</summary>
    Task<IReadOnlyList<RelatedArticle>> RelatedAsync(PublishedArticle article, int max, CancellationToken cancellationToken);

    /// <summary>Newest first; <paramref name="columnId"/> also takes the column's direct children.</summary>
    Task<(IReadOnlyList<PublishedArticle> Items, int Total)> ListAsync(Guid? columnId, int page, int pageSize, CancellationToken cancellationToken);

    Task<IReadOnlyList<PublicColumn>> ColumnsAsync(CancellationToken cancellationToken);

    /// <summary>At most <paramref name="max"/> published articles, newest first, without rendering their text: what
    /// a sitemap needs of every one of them.</summary>
    Task<IReadOnlyList<PublishedEntry>> EntriesAsync(int max, CancellationToken cancellationToken);
}
