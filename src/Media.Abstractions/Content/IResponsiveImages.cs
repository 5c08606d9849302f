namespace Media.Abstractions.Content;

/// <summary>The media library's scaled variants of an image, for pages that let the browser pick the width and the
/// format (<c>&lt;picture&gt;</c>, <c>srcset</c>). Its URLs are public addresses (<see cref="PublicMediaUrls"/>); the
/// lookup keys of <see cref="OfUrlsAsync"/> stay the site-relative form bodies store.</summary>
public interface IResponsiveImages
{
    /// <summary>The asset's scaled variants, or null when there is no such asset or it has none.</summary>
    Task<ResponsiveImage?> OfAssetAsync(Guid mediaId, CancellationToken cancellationToken);

    /// <summary>For each of <paramref name="urls"/> that is a scaled variant the library serves (as article bodies link
    /// them), the image at every width; other URLs are left out.</summary>
    Task<IReadOnlyDictionary<string, ResponsiveImage>> OfUrlsAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken);
}
