using System.Collections.Frozen;
using Media.Abstractions.Content;
using Media.Data;
using Media.MediaLibrary.Data;
using Media.MediaLibrary.Endpoints;
using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Ingest;
using Microsoft.EntityFrameworkCore;

namespace Media.MediaLibrary.Library;

/// <summary>The scaled variants (<c>thumb</c>, <c>article</c>: the whole picture, only narrower) of an image as
/// <c>srcset</c> lists. Crops (<c>wechat-cover</c>, <c>square</c>) have another shape and are never offered in their place.
/// The lists are for public pages, so they hold public addresses (<see cref="PublicMediaUrls"/>).</summary>
internal sealed class ResponsiveImages(MediaDbContext db, PublicMediaUrls publicUrls) : IResponsiveImages
{
    private static readonly FrozenSet<string> Scaled =
        VariantSpecs.All.Where(s => s.Kind == VariantKind.FitWidth).Select(s => s.Name).ToFrozenSet(StringComparer.Ordinal);

    public async Task<ResponsiveImage?> OfAssetAsync(Guid mediaId, CancellationToken cancellationToken)
    {
        var json = await db.Set<MediaItem>().AsNoTracking().Where(m => m.Id == mediaId).Select(m => m.VariantsJson).SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : Of(MediaVariantList.FromJson(json));
    }

    public async Task<IReadOnlyDictionary<string, ResponsiveImage>> OfUrlsAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken)
    {
        var shas = urls.Select(u => (Url: u, Sha: ScaledVariantSha(u))).Where(x => x.Sha is not null).ToList();
        if (shas.Count == 0) return new Dictionary<string, ResponsiveImage>();
        var wanted = shas.Select(x => x.Sha!).Distinct().ToList();
        var items = await db.Set<MediaItem>().AsNoTracking().Where(m => wanted.Contains(m.Sha256))
            .Select(m => new { m.Sha256, m.VariantsJson }).ToListAsync(cancellationToken);
        var images = items.Select(i => (i.Sha256, Image: Of(MediaVariantList.FromJson(i.VariantsJson))))
            .Where(x => x.Image is not null).ToDictionary(x => x.Sha256, x => x.Image!, StringComparer.Ordinal);
        return shas.Where(x => images.ContainsKey(x.Sha!)).DistinctBy(x => x.Url)
            .ToDictionary(x => x.Url, x => images[x.Sha!], StringComparer.Ordinal);
    }

    /// <summary>The SHA-256 in <c>/media/&lt;sha&gt;/thumb.jpg</c> or <c>/media/&lt;sha&gt;/article.webp</c>; null for any other URL.</summary>
    private static string? ScaledVariantSha(string url)
    {
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || "/" + parts[0] != MediaUrls.Prefix || MediaUrls.VariantKey(parts[1], parts[2]) is null) return null;
        return Scaled.Contains(Path.GetFileNameWithoutExtension(parts[2])) ? parts[1] : null;
    }

    private ResponsiveImage? Of(IReadOnlyList<StoredVariant> variants)
    {
        // A small original makes thumb and article the same width: one entry per width, as srcset wants.
        var scaled = variants.Where(v => Scaled.Contains(v.Name)).OrderBy(v => v.Width).ToList();
        var fallback = scaled.Where(v => v.Format != "webp").DistinctBy(v => v.Width).ToList();
        if (fallback.Count == 0) return null;
        var largest = fallback[^1];
        return new ResponsiveImage(Url(largest), largest.Width, largest.Height,
            Srcset(fallback), Srcset(scaled.Where(v => v.Format == "webp").DistinctBy(v => v.Width)));
    }

    private string Srcset(IEnumerable<StoredVariant> variants) => string.Join(", ", variants.Select(v => $"{Url(v)} {v.Width}w"));

    private string Url(StoredVariant variant) => publicUrls.Public(MediaUrls.ForVariantKey(variant.Key));
}
