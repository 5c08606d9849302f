using Media.MediaLibrary.Imaging;

namespace Media.MediaLibrary.Ingest;

/// <summary>What the upload endpoint calls: check an upload, store it once, make its variants.</summary>
public interface IMediaIngest
{
    /// <summary>
    /// Reads <paramref name="upload"/> to its end (or until it passes the byte limit) and returns the outcome.
    /// <paramref name="fileName"/> is only recorded, never used to tell the format. Refusals are results,
    /// not exceptions; only I/O failures and cancellation throw.
    /// </summary>
    Task<IngestResult> IngestAsync(Stream upload, string fileName, CancellationToken cancellationToken);

    /// <summary>Makes the cover crops (wechat-cover, square) again around a new focal point.</summary>
    Task<CoverRenderResult> RenderCoverVariantsAsync(string sha256, FocalPoint focalPoint, CancellationToken cancellationToken);
}
