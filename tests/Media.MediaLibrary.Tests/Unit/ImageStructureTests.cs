using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Imaging.Structure;
using Media.MediaLibrary.Tests.Support;

namespace Media.MediaLibrary.Tests.Unit;

public sealed class ImageStructureTests
{
    [Theory]
    [InlineData("jpeg", MediaFormat.Jpeg)]
    [InlineData("png", MediaFormat.Png)]
    [InlineData("gif", MediaFormat.Gif)]
    [InlineData("webp", MediaFormat.Webp)]
    public void IsComplete_ReturnsTrue_WhenFileIsWhole(string name, MediaFormat format)
    {
        var bytes = TestImages.Bytes(name, 200, 150);

        Assert.True(ImageStructure.IsComplete(new MemoryStream(bytes), format));
    }

    [Theory]
    [InlineData("jpeg", MediaFormat.Jpeg)]
    [InlineData("png", MediaFormat.Png)]
    [InlineData("gif", MediaFormat.Gif)]
    [InlineData("webp", MediaFormat.Webp)]
    public void IsComplete_ReturnsFalse_WhenLastBytesAreMissing(string name, MediaFormat format)
    {
        var bytes = TestImages.Bytes(name, 200, 150);

        // Even two missing bytes (a JPEG's EOI marker, a PNG's CRC) are caught.
        Assert.False(ImageStructure.IsComplete(new MemoryStream(bytes[..^2]), format));
    }

    [Fact]
    public void IsComplete_ReturnsTrue_WhenJpegHasTrailingBytesAfterEndOfImage()
    {
        var bytes = TestImages.Bytes("jpeg", 64, 64).Concat(new byte[] { 1, 2, 3, 4 }).ToArray();

        Assert.True(ImageStructure.IsComplete(new MemoryStream(bytes), MediaFormat.Jpeg));
    }

    [Fact]
    public void IsComplete_LeavesStreamOpen_WhenCheckingJpeg()
    {
        var stream = new MemoryStream(TestImages.Bytes("jpeg", 64, 64));

        ImageStructure.IsComplete(stream, MediaFormat.Jpeg);

        Assert.True(stream.CanRead);
    }
}
