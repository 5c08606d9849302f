namespace Media.Abstractions.Content;

/// <summary>Which library assets the image URLs of an article body are (bodies link variants by their site-relative URL,
/// <c>/media/&lt;sha256&gt;/&lt;file&gt;</c>, not by asset id): the photos of an article are its cover and these.</summary>
public interface IMediaAssetIds
{
    /// <summary>The asset id of each of <paramref name="urls"/> that names a variant the library serves; other URLs are
    /// left out. One query for all of them.</summary>
    Task<IReadOnlyDictionary<string, Guid>> OfUrlsAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken);
}
