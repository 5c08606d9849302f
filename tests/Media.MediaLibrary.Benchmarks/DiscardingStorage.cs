using Media.MediaLibrary.Storage;

namespace Media.MediaLibrary.Benchmarks;

/// <summary>
/// Accepts every put and keeps nothing, so each run does the full work (nothing is ever "already stored")
/// and the figures are the image pipeline's, not the disk's.
/// </summary>
public sealed class DiscardingStorage : IMediaStorage
{
    public long BytesWritten { get; private set; }

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var before = content.CanSeek ? content.Position : 0;
        await content.CopyToAsync(Stream.Null, cancellationToken);
        BytesWritten += content.CanSeek ? content.Position - before : 0;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken) => Task.FromResult<Stream?>(null);

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) => Task.FromResult(false);
}
