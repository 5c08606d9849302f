namespace Media.MediaLibrary.Library;

/// <summary>What became of a change to a media item; the endpoint maps each to one status code.</summary>
public enum MediaChangeOutcome
{
    /// <summary>200.</summary>
    Saved,

    /// <summary>404.</summary>
    NotFound,

    /// <summary>If-Match named an older version: 412.</summary>
    Stale,

    /// <summary>Someone saved the item between our read and our write: 409.</summary>
    Conflict,

    /// <summary>The original is gone from storage, so the crops cannot be re-cut: 409.</summary>
    OriginalMissing,
}
