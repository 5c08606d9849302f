using System.Text;
using Media.MediaLibrary.Imaging;

namespace Media.MediaLibrary.Tests.Unit;

public sealed class ImageSignatureTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1 }, MediaFormat.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, MediaFormat.Png)]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0 }, MediaFormat.Gif)]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, MediaFormat.Webp)]
    public void Detect_ReturnsFormat_WhenSignatureMatches(byte[] header, MediaFormat expected)
    {
        Assert.Equal(expected, ImageSignature.Detect(header));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><svg")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">")]
    [InlineData("BM6\0\0\0\0\0\0\06\0\0\0")]
    [InlineData("II*\0\b\0\0\0")]
    [InlineData("RIFF$\0\0\0WAVEfmt ")]
    [InlineData("\0\0\0\u0018ftypheic")]
    [InlineData("")]
    public void Detect_ReturnsNull_WhenBytesAreNotAnAcceptedImage(string content)
    {
        Assert.Null(ImageSignature.Detect(Encoding.Latin1.GetBytes(content)));
    }
}
