using Media.MediaLibrary.Ingest;
using Microsoft.Extensions.Logging;

namespace Media.MediaLibrary;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Media {Sha256} accepted: {Format} {Width}x{Height}, {Bytes} bytes, already stored: {AlreadyStored}")]
    public static partial void UploadAccepted(ILogger logger, string sha256, string format, int width, int height, long bytes, bool alreadyStored);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Upload {FileName} refused as {Outcome}: {Detail}")]
    public static partial void UploadRefused(ILogger logger, string fileName, IngestOutcome outcome, string detail);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Cover variants of {Sha256} rendered around ({FocalX}, {FocalY})")]
    public static partial void CoversRendered(ILogger logger, string sha256, double focalX, double focalY);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "No original stored for {Sha256}; cover variants not rendered")]
    public static partial void OriginalMissing(ILogger logger, string sha256);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Upload of {Sha256} matched existing media item {MediaId}")]
    public static partial void DuplicateUpload(ILogger logger, Guid mediaId, string sha256);
}
