using System.Text;
using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Tests.Support;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Tiff;

namespace Media.MediaLibrary.Tests.Imaging;

public sealed class MediaIngestFormatTests : IDisposable
{
    private readonly IngestFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Theory]
    [InlineData("jpeg", "image/jpeg", "originals/{0}/{1}.jpg")]
    [InlineData("png", "image/png", "originals/{0}/{1}.png")]
    [InlineData("gif", "image/gif", "originals/{0}/{1}.gif")]
    [InlineData("webp", "image/webp", "originals/{0}/{1}.webp")]
    public async Task IngestAsync_Accepts_WhenFormatIsSupported(string format, string contentType, string keyPattern)
    {
        var bytes = TestImages.Bytes(format, 640, 480);

        // Named as something else on purpose: only the bytes count.
        var result = await fixture.IngestAsync(bytes, "upload.bin");

        Assert.Equal(IngestOutcome.Accepted, result.Outcome);
        var asset = result.Asset!;
        Assert.Equal(format, asset.Format);
        Assert.Equal(contentType, asset.ContentType);
        Assert.Equal((640, 480, (long)bytes.Length), (asset.Width, asset.Height, asset.Bytes));
        Assert.Equal(string.Format(keyPattern, asset.Sha256[..2], asset.Sha256), asset.OriginalKey);
        Assert.Equal(bytes, await fixture.ReadAsync(asset.OriginalKey));
        Assert.Equal(8, asset.Variants.Count);
        foreach (var variant in asset.Variants)
        {
            Assert.True(await fixture.Storage.ExistsAsync(variant.Key, CancellationToken.None), variant.Key);
        }
    }

    [Fact]
    public async Task IngestAsync_ReturnsUnsupported_WhenTextFileIsNamedJpg()
    {
        var result = await fixture.IngestAsync(Encoding.UTF8.GetBytes("definitely a photo, trust me\n"), "holiday.jpg");

        Assert.Equal(IngestOutcome.Unsupported, result.Outcome);
        Assert.Null(result.Asset);
        Assert.Empty(fixture.FilesUnder("originals"));
    }

    [Fact]
    public async Task IngestAsync_ReturnsUnsupported_WhenSvgIsUploaded()
    {
        const string svg = """<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""";

        var result = await fixture.IngestAsync(Encoding.UTF8.GetBytes(svg), "logo.png");

        Assert.Equal(IngestOutcome.Unsupported, result.Outcome);
    }

    [Fact]
    public async Task IngestAsync_ReturnsUnsupported_WhenBmpOrTiff()
    {
        using var image = TestImages.Noise(64, 64);
        var bmp = await fixture.IngestAsync(TestImages.Encode(image, new BmpEncoder()), "a.jpg");
        var tiff = await fixture.IngestAsync(TestImages.Encode(image, new TiffEncoder()), "b.jpg");

        Assert.Equal(IngestOutcome.Unsupported, bmp.Outcome);
        Assert.Equal(IngestOutcome.Unsupported, tiff.Outcome);
    }

    [Fact]
    public async Task IngestAsync_ReturnsUnsupported_WhenEmpty()
    {
        var result = await fixture.IngestAsync([], "empty.jpg");

        Assert.Equal(IngestOutcome.Unsupported, result.Outcome);
    }

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("gif")]
    [InlineData("webp")]
    public async Task IngestAsync_ReturnsCorrupt_WhenFileIsTruncated(string format)
    {
        var bytes = TestImages.Bytes(format, 640, 480);

        var result = await fixture.IngestAsync(bytes[..(bytes.Length * 2 / 3)]);

        Assert.Equal(IngestOutcome.Corrupt, result.Outcome);
        Assert.Contains("truncated", result.Detail);
        Assert.Empty(fixture.FilesUnder("originals"));
    }

    [Fact]
    public async Task IngestAsync_ReturnsCorrupt_WhenJpegHeaderIsCutShort()
    {
        var bytes = TestImages.Bytes("jpeg");

        var result = await fixture.IngestAsync(bytes[..40]);

        Assert.Equal(IngestOutcome.Corrupt, result.Outcome);
        Assert.NotNull(result.Detail);
    }
}
