using Media.MediaLibrary.Storage;

namespace Media.MediaLibrary.Tests.Storage;

public sealed class LocalDiskMediaStorageTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "media-storage-" + Guid.NewGuid().ToString("N"));
    private readonly LocalDiskMediaStorage storage;

    public LocalDiskMediaStorageTests() => storage = new LocalDiskMediaStorage(root);

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task OpenReadAsync_ReturnsSameBytes_WhenPutBefore()
    {
        byte[] content = [1, 2, 3, 4, 5];

        await storage.PutAsync("originals/ab/x.jpg", new MemoryStream(content), "image/jpeg", CancellationToken.None);
        await using var read = await storage.OpenReadAsync("originals/ab/x.jpg", CancellationToken.None);

        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
        Assert.True(File.Exists(Path.Combine(root, "originals", "ab", "x.jpg")));
    }

    [Fact]
    public async Task OpenReadAsync_ReturnsNull_WhenKeyIsMissing()
    {
        Assert.Null(await storage.OpenReadAsync("variants/none/thumb.webp", CancellationToken.None));
        Assert.False(await storage.ExistsAsync("variants/none/thumb.webp", CancellationToken.None));
    }

    [Fact]
    public async Task PutAsync_LeavesNoFile_WhenSourceFailsMidway()
    {
        var failing = new FailingStream(bytesBeforeFailure: 100_000);

        await Assert.ThrowsAsync<IOException>(() => storage.PutAsync("originals/cd/half.png", failing, "image/png", CancellationToken.None));

        Assert.False(await storage.ExistsAsync("originals/cd/half.png", CancellationToken.None));
        Assert.Empty(Directory.GetFiles(Path.Combine(root, ".tmp")));
    }

    [Fact]
    public async Task PutAsync_ReplacesWhole_WhenKeyExists()
    {
        await storage.PutAsync("a/b.jpg", new MemoryStream(new byte[1000]), "image/jpeg", CancellationToken.None);
        await storage.PutAsync("a/b.jpg", new MemoryStream([7]), "image/jpeg", CancellationToken.None);

        Assert.Equal(1, new FileInfo(Path.Combine(root, "a", "b.jpg")).Length);
    }

    [Theory]
    [InlineData("../outside.jpg")]
    [InlineData("/etc/passwd")]
    [InlineData(".tmp/x.part")]
    public async Task PutAsync_Throws_WhenKeyIsInvalid(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => storage.PutAsync(key, new MemoryStream([1]), "image/jpeg", CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_ReturnsTrueOnce_WhenFileExisted()
    {
        await storage.PutAsync("variants/x/thumb.jpg", new MemoryStream([1]), "image/jpeg", CancellationToken.None);

        Assert.True(await storage.DeleteAsync("variants/x/thumb.jpg", CancellationToken.None));
        Assert.False(await storage.DeleteAsync("variants/x/thumb.jpg", CancellationToken.None));
    }

    private sealed class FailingStream(int bytesBeforeFailure) : MemoryStream(new byte[bytesBeforeFailure])
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position >= Length ? throw new IOException("connection reset") : base.ReadAsync(buffer, cancellationToken);
    }
}
