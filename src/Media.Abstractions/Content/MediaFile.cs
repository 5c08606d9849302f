namespace Media.Abstractions.Content;

/// <summary>An opened media file; the caller disposes <see cref="Content"/>.</summary>
public sealed record MediaFile(Stream Content, string ContentType, string FileName, long Length) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
