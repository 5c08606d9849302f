using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Media.MediaLibrary.Tests.Support;

/// <summary>A MediaIngest on local-disk storage in its own temp folder, removed on dispose.</summary>
public sealed class IngestFixture : IDisposable
{
    public IngestFixture(Action<MediaLibraryOptions>? configure = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "media-tests-" + Guid.NewGuid().ToString("N"));
        var options = new MediaLibraryOptions { TempDirectory = Path.Combine(Root, "spool") };
        configure?.Invoke(options);
        var wrapped = Options.Create(options);
        Storage = new LocalDiskMediaStorage(Path.Combine(Root, "media"));
        Ingest = new MediaIngest(Storage, new MediaImageConfiguration(wrapped), wrapped, NullLogger<MediaIngest>.Instance);
    }

    public string Root { get; }

    public LocalDiskMediaStorage Storage { get; }

    public MediaIngest Ingest { get; }

    public Task<IngestResult> IngestAsync(byte[] bytes, string fileName = "photo.jpg") =>
        Ingest.IngestAsync(new MemoryStream(bytes), fileName, CancellationToken.None);

    public async Task<byte[]> ReadAsync(string key)
    {
        await using var stream = await Storage.OpenReadAsync(key, CancellationToken.None)
            ?? throw new Xunit.Sdk.XunitException($"Nothing stored under {key}.");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    public string[] FilesUnder(string folder)
    {
        var path = Path.Combine(Storage.RootPath, folder);
        return Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories) : [];
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
