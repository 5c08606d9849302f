namespace Media.MediaLibrary.Ingest;

/// <summary>
/// The cover crops made for a new focal point. <see cref="OriginalFound"/> is false (and the list empty)
/// when no original is stored under that SHA-256.
/// </summary>
public sealed record CoverRenderResult(bool OriginalFound, IReadOnlyList<StoredVariant> Variants);
