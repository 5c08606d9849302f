using Media.Abstractions.Content;
using Media.Site.Views;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Media.Site.Rendering;

/// <summary>Cover image URLs from the media library, when that module is installed; without it (or without the
/// asset) pages render without a cover.</summary>
internal sealed class CoverImages(IServiceProvider services, ILogger<CoverImages> logger)
{
    private readonly IMediaFiles? files = services.GetService<IMediaFiles>();
    private readonly IResponsiveImages? images = services.GetService<IResponsiveImages>();
    private readonly PublicMediaUrls publicUrls = services.GetService<PublicMediaUrls>() ?? PublicMediaUrls.SiteServed;

    /// <summary>The cover as the lead picture of the article page: above the fold, so loaded at once.</summary>
    public async Task<PictureView?> PictureAsync(PublishedArticle article, CancellationToken cancellationToken)
    {
        if (images is null || article.CoverMediaId is not { } mediaId) return null;
        var image = await images.OfAssetAsync(mediaId, cancellationToken);
        return image is null ? null
            : new PictureView(image.Url, image.Width, image.Height, image.Srcset, image.WebpSrcset, ResponsiveBody.Sizes, Lazy: false);
    }

    /// <summary>The large (<c>article</c>) and small (<c>thumb</c>) variant URLs: site-relative as the library gives them,
    /// or under the public media base when one is configured (docs/operations.md §8.1).</summary>
    public async Task<CoverUrls> FindAsync(PublishedArticle article, CancellationToken cancellationToken)
    {
        if (files is null || article.CoverMediaId is not { } mediaId) return CoverUrls.None;
        return Choose(article, mediaId, await files.VariantUrlsAsync(mediaId, cancellationToken));
    }

    /// <summary>The covers of a list of articles (home, column pages), in their order, looked up in one go.</summary>
    public async Task<IReadOnlyList<CoverUrls>> FindAllAsync(IReadOnlyList<PublishedArticle> articles, CancellationToken cancellationToken)
    {
        var ids = articles.Select(a => a.CoverMediaId).OfType<Guid>().ToHashSet();
        if (files is null || ids.Count == 0) return articles.Select(_ => CoverUrls.None).ToList();
        var variants = await files.VariantUrlsAsync(ids, cancellationToken);
        return articles.Select(a => a.CoverMediaId is { } mediaId ? Choose(a, mediaId, variants.GetValueOrDefault(mediaId)) : CoverUrls.None)
            .ToList();
    }

    private CoverUrls Choose(PublishedArticle article, Guid mediaId, IReadOnlyDictionary<string, string>? variants)
    {
        var large = Pick(variants, "article") ?? Pick(variants, "wechat-cover");
        if (large is null)
        {
            Log.CoverMissing(logger, mediaId, article.Id);
            return CoverUrls.None;
        }
        return new CoverUrls(publicUrls.Public(large), publicUrls.Public(Pick(variants, "thumb") ?? large));
    }

    // JPEG/PNG rather than the .webp siblings: share-card crawlers (WeChat among them) do not all read WebP.
    private static string? Pick(IReadOnlyDictionary<string, string>? variants, string name) =>
        variants is not null && variants.TryGetValue(name, out var url) && !url.EndsWith(".webp", StringComparison.OrdinalIgnoreCase)
            ? url
            : null;
}
