using Media.Abstractions.Problems;
using Media.MediaLibrary.Ingest;

namespace Media.MediaLibrary.Library;

/// <summary>
/// What a multipart upload carried: the ingest result of its <c>file</c> part (null when there was none), the
/// optional <c>alt</c> and <c>caption</c>, and any field errors. <see cref="IsMultipart"/> is false when the
/// body was not multipart/form-data at all.
/// </summary>
public sealed record UploadForm(bool IsMultipart, IngestResult? File, string? Alt, string? Caption, FieldErrors Errors)
{
    public static UploadForm NotMultipart() => new(false, null, null, null, new FieldErrors());
}
