using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.MediaLibrary.Tests.Imaging;

public sealed class MediaIngestMetadataTests : IDisposable
{
    private readonly IngestFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task IngestAsync_StripsAllExif_WhenJpegCarriesGps()
    {
        using var image = TestImages.Noise(1200, 800);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(30, 1), new Rational(15, 1), new Rational(7, 1)]);
        exif.SetValue(ExifTag.Make, "NewsroomCam");
        image.Metadata.ExifProfile = exif;
        var bytes = TestImages.Encode(image, new JpegEncoder());
        Assert.NotNull(Image.Identify(bytes).Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude)); // the input really has GPS

        var result = await fixture.IngestAsync(bytes);

        Assert.Equal(IngestOutcome.Accepted, result.Outcome);
        foreach (var variant in result.Asset!.Variants)
        {
            var stored = await fixture.ReadAsync(variant.Key);
            var metadata = Image.Identify(stored).Metadata;
            Assert.Null(metadata.ExifProfile);
            Assert.Null(metadata.XmpProfile);
            Assert.Null(metadata.IptcProfile);
            Assert.False(stored.AsSpan().IndexOf("Exif"u8) >= 0, $"{variant.Key} contains an Exif block");
            Assert.False(stored.AsSpan().IndexOf("NewsroomCam"u8) >= 0, $"{variant.Key} contains the camera make");
        }
    }

    [Fact]
    public async Task IngestAsync_AppliesOrientation_WhenExifSaysRotate90()
    {
        // Stored landscape, red on the left; orientation 6 means "turn 90° clockwise to view", so the viewer
        // sees a portrait with red on top.
        using var image = TestImages.TwoTone(400, 200, new Rgba32(255, 0, 0), new Rgba32(0, 0, 255));
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6);
        var bytes = TestImages.Encode(image, new JpegEncoder { Quality = 95 });

        var result = await fixture.IngestAsync(bytes);

        var asset = result.Asset!;
        Assert.Equal((200, 400), (asset.Width, asset.Height));
        var article = asset.Variants.Single(v => v.Name == "article" && v.Format == "jpeg");
        Assert.Equal((200, 400), (article.Width, article.Height));
        using var rendered = Image.Load<Rgba32>(await fixture.ReadAsync(article.Key));
        Assert.Equal((200, 400), (rendered.Width, rendered.Height));
        Assert.True(rendered[100, 50].R > 200 && rendered[100, 50].B < 60, $"top is {rendered[100, 50]}");
        Assert.True(rendered[100, 350].B > 200 && rendered[100, 350].R < 60, $"bottom is {rendered[100, 350]}");
        Assert.Null(rendered.Metadata.ExifProfile);
    }

    [Fact]
    public async Task IngestAsync_UsesFirstFrame_WhenGifIsAnimated()
    {
        using var animation = new Image<Rgba32>(200, 100, new Rgba32(255, 0, 0));
        using var second = new Image<Rgba32>(200, 100, new Rgba32(0, 0, 255));
        animation.Frames.AddFrame(second.Frames.RootFrame);
        var bytes = TestImages.Encode(animation, TestImages.Encoder("gif"));

        var result = await fixture.IngestAsync(bytes, "anim.gif");

        Assert.Equal(IngestOutcome.Accepted, result.Outcome);
        var thumb = result.Asset!.Variants.Single(v => v.Name == "thumb" && v.Format == "webp");
        using var rendered = Image.Load<Rgba32>(await fixture.ReadAsync(thumb.Key));
        Assert.Equal(1, rendered.Frames.Count);
        Assert.True(rendered[50, 50].R > 200 && rendered[50, 50].B < 60, $"thumb is {rendered[50, 50]}");
        Assert.Equal(bytes, await fixture.ReadAsync(result.Asset.OriginalKey)); // the animation itself is kept
    }

    [Fact]
    public async Task IngestAsync_FlattensOntoWhite_WhenPngIsTransparent()
    {
        using var image = new Image<Rgba32>(400, 300, new Rgba32(0, 0, 0, 0));

        var result = await fixture.IngestAsync(TestImages.Encode(image, TestImages.Encoder("png")), "clear.png");

        var jpeg = result.Asset!.Variants.Single(v => v.Name == "article" && v.Format == "jpeg");
        using var rendered = Image.Load<Rgba32>(await fixture.ReadAsync(jpeg.Key));
        Assert.True(rendered[10, 10].R > 240 && rendered[10, 10].G > 240, $"background is {rendered[10, 10]}");
    }
}
