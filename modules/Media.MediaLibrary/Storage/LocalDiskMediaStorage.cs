namespace Media.MediaLibrary.Storage;

/// <summary>
/// <see cref="IMediaStorage"/> on a local folder (the host passes <c>&lt;Media:AppData&gt;/media</c>). A put
/// writes to "<c>.tmp/</c>" inside the root, on the same volume, then renames into place, so a crash leaves
/// at worst a stray temp file, never a half file under a real key.
/// </summary>
public sealed class LocalDiskMediaStorage : IMediaStorage
{
    private const string TempFolder = ".tmp";
    private readonly string root;

    public LocalDiskMediaStorage(string rootPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath));
    }

    public string RootPath => root;

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = PathFor(key);
        var tempDirectory = Path.Combine(root, TempFolder);
        Directory.CreateDirectory(tempDirectory);
        var tempPath = Path.Combine(tempDirectory, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            await using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(tempPath, target, overwrite: true);
        }
        finally
        {
            // Gone after a successful move; removed here after a failure or cancellation.
            File.Delete(tempPath);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = PathFor(key);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(File.Exists(PathFor(key)));
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = PathFor(key);
        var existed = File.Exists(path);
        File.Delete(path);
        return Task.FromResult(existed);
    }

    private string PathFor(string key)
    {
        if (!MediaKeys.IsValid(key) || key.StartsWith(TempFolder, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}' is not a valid media key.", nameof(key));
        }

        var path = Path.GetFullPath(Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar)));

        // The key pattern already rules out "..", this is the belt to its braces.
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}' leaves the storage root.", nameof(key));
        }

        return path;
    }
}
