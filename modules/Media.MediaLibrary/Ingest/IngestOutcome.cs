namespace Media.MediaLibrary.Ingest;

/// <summary>What became of an upload. The endpoint maps each refusal to one status code.</summary>
public enum IngestOutcome
{
    /// <summary>Stored (or already stored): 201.</summary>
    Accepted,

    /// <summary>More bytes than <see cref="MediaLibraryOptions.MaxBytes"/>: 413.</summary>
    TooLarge,

    /// <summary>Not JPEG, PNG, GIF or WebP by its bytes, whatever its name says: 415.</summary>
    Unsupported,

    /// <summary>Declares more pixels than <see cref="MediaLibraryOptions.MaxPixels"/>, or would need more memory than allowed: 422.</summary>
    TooManyPixels,

    /// <summary>Recognised but truncated or undecodable: 422.</summary>
    Corrupt,
}
