namespace Media.MediaLibrary.Ingest;

/// <summary>
/// An accepted image. <see cref="Sha256"/> (lower-case hex of the uploaded bytes) is its identity: the same
/// bytes uploaded again are the same asset. Width and height are after EXIF orientation.
/// </summary>
/// <param name="OriginalKey">The upload as received, metadata included: keep it private, serve variants.</param>
/// <param name="AlreadyStored">True when these bytes had been ingested before and nothing was written.</param>
public sealed record MediaAsset(
    string Sha256,
    string FileName,
    string Format,
    string ContentType,
    int Width,
    int Height,
    long Bytes,
    string OriginalKey,
    IReadOnlyList<StoredVariant> Variants,
    bool AlreadyStored);
