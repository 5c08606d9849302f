using Media.Abstractions.Content;
using Media.Data;
using Media.MediaLibrary.Data;
using Media.MediaLibrary.Endpoints;
using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Storage;
using Microsoft.EntityFrameworkCore;

namespace Media.MediaLibrary.Library;

/// <summary>The served variants, for channels that re-upload images (WeChat) and pages that show covers.
/// Originals are never handed out: they keep the camera's EXIF, GPS included.</summary>
internal sealed class MediaFiles(MediaDbContext db, IMediaStorage storage) : IMediaFiles
{
    private const string WebpSuffix = ".webp";

    public async Task<MediaFile?> OpenVariantAsync(Guid mediaId, string variant, CancellationToken cancellationToken)
    {
        var variants = await VariantsAsync(mediaId, cancellationToken);
        var webp = variant.EndsWith(WebpSuffix, StringComparison.Ordinal);
        var name = webp ? variant[..^WebpSuffix.Length] : variant;
        var stored = variants?.FirstOrDefault(v => v.Name == name && (v.Format == "webp") == webp);
        return stored is null ? null : await OpenAsync(stored.Key, stored.ContentType, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>?> VariantUrlsAsync(Guid mediaId, CancellationToken cancellationToken) =>
        await VariantsAsync(mediaId, cancellationToken) is { } variants ? Urls(variants) : null;

    /// <summary>One query for a whole page of covers, rather than one per card.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, string>>> VariantUrlsAsync(IReadOnlyCollection<Guid> mediaIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mediaIds);
        if (mediaIds.Count == 0) return new Dictionary<Guid, IReadOnlyDictionary<string, string>>();
        var ids = mediaIds.Distinct().ToList();
        var rows = await db.Set<MediaItem>().AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.VariantsJson }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => Urls(MediaVariantList.FromJson(r.VariantsJson)));
    }

    private static IReadOnlyDictionary<string, string> Urls(IReadOnlyList<StoredVariant> variants) =>
        variants.ToDictionary(v => v.Format == "webp" ? v.Name + WebpSuffix : v.Name, v => MediaUrls.ForVariantKey(v.Key), StringComparer.Ordinal);

    public async Task<MediaFile?> OpenByUrlAsync(string url, CancellationToken cancellationToken)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : url.Split('?', '#')[0];
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || "/" + parts[0] != MediaUrls.Prefix) return null;
        var key = MediaUrls.VariantKey(parts[1], parts[2]);
        if (key is null) return null;
        return await OpenAsync(key, parts[2].EndsWith(WebpSuffix, StringComparison.Ordinal) ? "image/webp" : "image/jpeg", cancellationToken);
    }

    private async Task<IReadOnlyList<StoredVariant>?> VariantsAsync(Guid mediaId, CancellationToken ct)
    {
        var json = await db.Set<MediaItem>().AsNoTracking().Where(m => m.Id == mediaId).Select(m => m.VariantsJson).SingleOrDefaultAsync(ct);
        return json is null ? null : MediaVariantList.FromJson(json);
    }

    private async Task<MediaFile?> OpenAsync(string key, string contentType, CancellationToken ct)
    {
        var stream = await storage.OpenReadAsync(key, ct);
        return stream is null ? null : new MediaFile(stream, contentType, Path.GetFileName(key), stream.CanSeek ? stream.Length : -1);
    }
}
