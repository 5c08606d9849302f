namespace Media.MediaLibrary.Ingest;

/// <summary>
/// An upload copied to a local temp file that deletes itself when disposed, with its length and SHA-256
/// worked out during the copy.
/// </summary>
public sealed class SpooledUpload : IAsyncDisposable, IDisposable
{
    internal SpooledUpload(FileStream file, string sha256, long length)
    {
        File = file;
        Sha256 = sha256;
        Length = length;
    }

    /// <summary>The spooled bytes, readable and seekable. Rewind before reading.</summary>
    public FileStream File { get; }

    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; }

    public long Length { get; }

    public ValueTask DisposeAsync() => File.DisposeAsync();

    public void Dispose() => File.Dispose();
}
