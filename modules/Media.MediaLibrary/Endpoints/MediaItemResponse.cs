using Media.MediaLibrary.Data;
using Media.MediaLibrary.Imaging;

namespace Media.MediaLibrary.Endpoints;

/// <summary>
/// The media JSON of docs/http-api.md §4.6. <see cref="Url"/> and <see cref="Variants"/> are JPEG variants (metadata
/// stripped), <see cref="Webp"/> the same variants as WebP. <see cref="ContentType"/> and <see cref="Bytes"/>
/// describe the original upload, which is never served.
/// </summary>
public sealed record MediaItemResponse(
    Guid Id,
    string FileName,
    string ContentType,
    string Format,
    int Width,
    int Height,
    long Bytes,
    string Sha256,
    string Url,
    IReadOnlyDictionary<string, string> Variants,
    IReadOnlyDictionary<string, string> Webp,
    string? Alt,
    string? Caption,
    FocalPointResponse FocalPoint,
    Guid UploadedBy,
    DateTimeOffset UploadedAt,
    int Version)
{
    /// <summary>The variant <see cref="Url"/> points at: article width, never upscaled.</summary>
    public static readonly string MainVariant = VariantSpecs.Article.Name;

    public static MediaItemResponse From(MediaItem item)
    {
        var variants = MediaVariantList.FromJson(item.VariantsJson);
        var jpeg = UrlsOf(variants, MediaFormat.Jpeg);
        return new MediaItemResponse(
            item.Id, item.FileName, item.ContentType, item.Format, item.Width, item.Height, item.Bytes, item.Sha256,
            jpeg.TryGetValue(MainVariant, out var main) ? main : jpeg.Values.First(),
            jpeg, UrlsOf(variants, MediaFormat.Webp), item.Alt, item.Caption,
            new FocalPointResponse(item.FocalX, item.FocalY), item.UploadedBy, item.UploadedAt, item.Version);
    }

    private static Dictionary<string, string> UrlsOf(IEnumerable<Ingest.StoredVariant> variants, MediaFormat format) =>
        variants.Where(v => v.Format == format.Name())
            .ToDictionary(v => v.Name, v => MediaUrls.ForVariantKey(v.Key), StringComparer.Ordinal);
}
