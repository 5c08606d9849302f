using Media.Abstractions.Content;
using Media.Data;
using Media.MediaLibrary.Data;
using Media.MediaLibrary.Endpoints;
using Media.MediaLibrary.Storage;
using Microsoft.EntityFrameworkCore;

namespace Media.MediaLibrary.Library;

/// <summary>A variant URL names its asset by the SHA-256 of the upload (<see cref="MediaUrls"/>), which is unique in the
/// library: the asset ids of a body's images are one query by those hashes.</summary>
internal sealed class MediaAssetIds(MediaDbContext db) : IMediaAssetIds
{
    public async Task<IReadOnlyDictionary<string, Guid>> OfUrlsAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var hashes = urls.Distinct(StringComparer.Ordinal).Select(u => (Url: u, Sha: Sha256Of(u))).Where(u => u.Sha is not null).ToList();
        if (hashes.Count == 0) return new Dictionary<string, Guid>();
        var wanted = hashes.Select(h => h.Sha!).Distinct().ToList();
        var ids = await db.Set<MediaItem>().AsNoTracking().Where(m => wanted.Contains(m.Sha256))
            .Select(m => new { m.Sha256, m.Id }).ToDictionaryAsync(m => m.Sha256, m => m.Id, cancellationToken);
        return hashes.Where(h => ids.ContainsKey(h.Sha!)).ToDictionary(h => h.Url, h => ids[h.Sha!], StringComparer.Ordinal);
    }

    /// <summary>The hash of a site-relative (or absolute) variant URL, or null when it is not one of ours.</summary>
    private static string? Sha256Of(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url.Split('?', '#')[0];
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && "/" + parts[0] == MediaUrls.Prefix && MediaUrls.VariantKey(parts[1], parts[2]) is not null ? parts[1] : null;
    }
}
