namespace Media.MediaLibrary.Ingest;

/// <summary>One stored variant file: e.g. "thumb" as "webp" under <c>variants/&lt;sha&gt;/thumb.webp</c>.</summary>
public sealed record StoredVariant(string Name, string Format, string ContentType, string Key, int Width, int Height);
