namespace Media.MediaLibrary.Data;

/// <summary>
/// One image in the library. <see cref="Sha256"/> is unique: the same bytes uploaded twice are one item.
/// The original (with its EXIF) stays private in storage; only the variants in <see cref="VariantsJson"/> are served.
/// </summary>
public sealed class MediaItem
{
    public Guid Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of the uploaded bytes.</summary>
    public required string Sha256 { get; set; }

    public required string FileName { get; set; }

    /// <summary>Of the original upload, e.g. <c>image/png</c>.</summary>
    public required string ContentType { get; set; }

    /// <summary><c>jpeg</c>, <c>png</c>, <c>gif</c> or <c>webp</c>, as sniffed from the bytes.</summary>
    public required string Format { get; set; }

    /// <summary>After EXIF orientation.</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    public long Bytes { get; set; }

    /// <summary>Storage key of the original. Never served publicly.</summary>
    public required string OriginalKey { get; set; }

    public string? Alt { get; set; }

    public string? Caption { get; set; }

    public double FocalX { get; set; } = 0.5;

    public double FocalY { get; set; } = 0.5;

    /// <summary>The stored variants (<see cref="Ingest.StoredVariant"/> list) as JSON; see <see cref="MediaVariantList"/>.</summary>
    public required string VariantsJson { get; set; }

    public Guid UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Grows with every change; the concurrency token and the ETag.</summary>
    public int Version { get; set; } = 1;
}
