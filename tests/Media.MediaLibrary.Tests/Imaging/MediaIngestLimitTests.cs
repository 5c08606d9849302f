using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Tests.Support;

namespace Media.MediaLibrary.Tests.Imaging;

public sealed class MediaIngestLimitTests
{
    [Fact]
    public async Task IngestAsync_ReturnsTooManyPixels_WhenPngHeaderDeclares60000Squared()
    {
        using var fixture = new IngestFixture();
        var bomb = CraftedPng.Declaring(60000, 60000);
        Assert.True(bomb.Length < 2048, $"the crafted PNG is {bomb.Length} bytes");
        await fixture.IngestAsync(TestImages.Bytes("png", 32, 32)); // warm up JIT and pools first

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var result = await fixture.IngestAsync(bomb, "bomb.png");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.Equal(IngestOutcome.TooManyPixels, result.Outcome);
        Assert.Contains("60000x60000", result.Detail);
        Assert.True(allocated < 4 * 1024 * 1024, $"{allocated} bytes allocated while refusing");
    }

    [Fact]
    public async Task IngestAsync_ReturnsTooManyPixels_WhenDecodingWouldPassTheAllocationLimit()
    {
        // The header check is generous here, so only ImageSharp's allocator cap can stop the 9 MB pixel buffer.
        using var fixture = new IngestFixture(o => o.AllocationLimitMegabytes = 1);

        var result = await fixture.IngestAsync(TestImages.Bytes("png", 1500, 1500), "big.png");

        Assert.Equal(IngestOutcome.TooManyPixels, result.Outcome);
        Assert.Contains("memory", result.Detail);
    }

    [Fact]
    public async Task IngestAsync_ReturnsTooManyPixels_WhenPixelsPassConfiguredLimit()
    {
        using var fixture = new IngestFixture(o => o.MaxPixels = 640 * 480 - 1);

        var result = await fixture.IngestAsync(TestImages.Bytes("jpeg", 640, 480));

        Assert.Equal(IngestOutcome.TooManyPixels, result.Outcome);
    }

    [Fact]
    public async Task IngestAsync_ReturnsTooLarge_AndStopsReading_When60MegabyteUploadPassesLimit()
    {
        using var fixture = new IngestFixture();
        var upload = new GeneratedStream(60L * 1024 * 1024);

        var result = await fixture.Ingest.IngestAsync(upload, "huge.jpg", CancellationToken.None);

        Assert.Equal(IngestOutcome.TooLarge, result.Outcome);
        var limit = 20L * 1024 * 1024;
        Assert.InRange(upload.BytesRead, limit + 1, limit + 1);
        Assert.Empty(Directory.GetFiles(Path.Combine(fixture.Root, "spool")));
    }

    [Fact]
    public async Task IngestAsync_Accepts_WhenUploadIsExactlyAtLimit()
    {
        var bytes = TestImages.Bytes("png", 100, 100);
        using var fixture = new IngestFixture(o => o.MaxBytes = bytes.Length);

        var result = await fixture.IngestAsync(bytes);

        Assert.Equal(IngestOutcome.Accepted, result.Outcome);
    }
}
