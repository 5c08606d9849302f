using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Storage;

namespace Media.MediaLibrary.Tests.Unit;

public sealed class MediaKeysTests
{
    private const string Sha = "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789";

    [Fact]
    public void Original_FansOutByFirstTwoHexDigits_WhenShaIsValid()
    {
        Assert.Equal($"originals/ab/{Sha}.jpg", MediaKeys.Original(Sha, MediaFormat.Jpeg));
    }

    [Fact]
    public void Variant_CarriesFocalPoint_WhenVariantIsACrop()
    {
        Assert.Equal($"variants/{Sha}/thumb.webp", MediaKeys.Variant(Sha, VariantSpecs.Thumb, MediaFormat.Webp, null));
        Assert.Equal($"variants/{Sha}/square-250x800.jpg", MediaKeys.Variant(Sha, VariantSpecs.Square, MediaFormat.Jpeg, new FocalPoint(0.25, 0.8)));
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("/abs/path")]
    [InlineData("a//b")]
    [InlineData("a/../b")]
    [InlineData(".tmp/x")]
    [InlineData("Upper/case")]
    [InlineData("back\\slash")]
    [InlineData("")]
    public void IsValid_ReturnsFalse_WhenKeyCouldEscapeOrIsMalformed(string key)
    {
        Assert.False(MediaKeys.IsValid(key));
    }

    [Fact]
    public void Original_Throws_WhenShaIsNotHex()
    {
        Assert.Throws<ArgumentException>(() => MediaKeys.Original("../../" + new string('a', 58), MediaFormat.Png));
    }
}
