using System.Security.Cryptography;
using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Tests.Support;

namespace Media.MediaLibrary.Tests.Storage;

public sealed class UploadSpoolerTests : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "media-spool-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Fact]
    public async Task TrySpoolAsync_ReturnsHashAndLength_WhenUnderLimit()
    {
        var content = RandomNumberGenerator.GetBytes(300_000);

        await using var spooled = await UploadSpooler.TrySpoolAsync(new MemoryStream(content), 300_000, temp, CancellationToken.None);

        Assert.NotNull(spooled);
        Assert.Equal(300_000, spooled.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), spooled.Sha256);
        Assert.Equal(0, spooled.File.Position);
    }

    [Fact]
    public async Task TrySpoolAsync_ReturnsNull_AndReadsOneBytePastLimit_WhenOverLimit()
    {
        var source = new GeneratedStream(5_000_000);

        var spooled = await UploadSpooler.TrySpoolAsync(source, 1_000_000, temp, CancellationToken.None);

        Assert.Null(spooled);
        Assert.Equal(1_000_001, source.BytesRead);
        Assert.Empty(Directory.GetFiles(temp));
    }

    [Fact]
    public async Task DisposeAsync_DeletesTempFile_WhenSpooled()
    {
        var spooled = await UploadSpooler.TrySpoolAsync(new MemoryStream([1, 2, 3]), 10, temp, CancellationToken.None);
        Assert.Single(Directory.GetFiles(temp));

        await spooled!.DisposeAsync();

        Assert.Empty(Directory.GetFiles(temp));
    }

    [Fact]
    public async Task TrySpoolAsync_Throws_WhenCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            UploadSpooler.TrySpoolAsync(new GeneratedStream(1000), 10_000, temp, cancelled.Token));
        Assert.Empty(Directory.GetFiles(temp));
    }
}
