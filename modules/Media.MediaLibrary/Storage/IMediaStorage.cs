namespace Media.MediaLibrary.Storage;

/// <summary>
/// A flat store of immutable files by key ("originals/ab/abcd….jpg", "variants/&lt;sha&gt;/thumb.webp"), so that
/// a local folder and an S3-compatible bucket are interchangeable. Keys are checked by
/// <see cref="MediaKeys.IsValid"/>. A put is all-or-nothing: readers never see a partial file under a key.
/// </summary>
public interface IMediaStorage
{
    /// <summary>Stores <paramref name="content"/> (read to its end) under the key, replacing any earlier file.</summary>
    Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>Opens the file for reading, or returns null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file if present; true if it was there.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);
}
