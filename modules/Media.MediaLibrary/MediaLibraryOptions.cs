using System.ComponentModel.DataAnnotations;
using Media.Abstractions.Content;
using Media.MediaLibrary.Storage;

namespace Media.MediaLibrary;

/// <summary>Limits and encoder settings of the media library, bound from <c>Media:MediaLibrary</c>.</summary>
public sealed class MediaLibraryOptions
{
    public const string SectionName = "Media:MediaLibrary";

    /// <summary>Largest accepted upload in bytes (default 20 MB); counted while the upload streams in.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Largest accepted width × height, read from the header before any decoding (default 40 MP).</summary>
    [Range(1, long.MaxValue)]
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>
    /// Largest single buffer ImageSharp may allocate while decoding or processing, in MB. A 40 MP RGBA image
    /// needs 160 MB, so the default leaves headroom for that and nothing near a decompression bomb.
    /// </summary>
    [Range(1, 4096)]
    public int AllocationLimitMegabytes { get; set; } = 256;

    /// <summary>How much memory ImageSharp keeps pooled between images, in MB.</summary>
    [Range(0, 4096)]
    public int MaximumPoolSizeMegabytes { get; set; } = 64;

    /// <summary>Uploads decoded at the same time (each may hold a 160 MB image); unset means one per core.</summary>
    [Range(1, 256)]
    public int? MaxConcurrentDecodes { get; set; }

    /// <summary>Uploads that may wait for a decoding slot; one more is refused with 503 and Retry-After.</summary>
    [Range(0, 1000)]
    public int DecodeQueueLength { get; set; } = 4;

    [Range(1, 100)]
    public int JpegQuality { get; set; } = 82;

    [Range(1, 100)]
    public int WebpQuality { get; set; } = 80;

    /// <summary><c>Local</c> (default: <c>&lt;Media:AppData&gt;/media</c>) or <c>S3</c> (the bucket in <see cref="S3"/>).</summary>
    public MediaStorageKind Storage { get; set; } = MediaStorageKind.Local;

    public S3StorageOptions S3 { get; set; } = new();

    internal bool StorageIsValid => Storage == MediaStorageKind.Local || (Storage == MediaStorageKind.S3 && S3.IsComplete);

    /// <summary>A public base is optional; when set it must be a usable URL (normalized to end in <c>/</c>).</summary>
    internal bool PublicBaseUrlIsValid => string.IsNullOrWhiteSpace(S3.PublicBaseUrl) || PublicMediaUrls.TryNormalize(S3.PublicBaseUrl, out _, out _);

    /// <summary>The public base names keys in the bucket: with local storage there is nothing behind it.</summary>
    internal bool PublicBaseUrlHasBucket => string.IsNullOrWhiteSpace(S3.PublicBaseUrl) || Storage == MediaStorageKind.S3;

    /// <summary>Where uploads are spooled while they are checked; the system temp folder when empty.</summary>
    public string? TempDirectory { get; set; }
}
