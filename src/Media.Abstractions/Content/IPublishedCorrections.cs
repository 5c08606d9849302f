namespace Media.Abstractions.Content;

/// <summary>Published corrections (更正) of articles that are still published, for the site and the read API.</summary>
public interface IPublishedCorrections
{
    /// <summary>The corrections of one article, oldest first (as they happened).</summary>
    Task<IReadOnlyList<CorrectionNotice>> ForArticleAsync(Guid articleId, CancellationToken cancellationToken);

    /// <summary>Every correction of a published article, newest first.</summary>
    Task<(IReadOnlyList<CorrectionNotice> Items, int Total)> ListAsync(int page, int pageSize, CancellationToken cancellationToken);
}
