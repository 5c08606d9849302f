using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.MediaLibrary.Tests.Imaging;

public sealed class MediaIngestVariantTests : IDisposable
{
    private readonly IngestFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task IngestAsync_MakesVariantsOfExactSize_WhenSourceIsLarge()
    {
        var result = await fixture.IngestAsync(TestImages.Bytes("jpeg", 2000, 1500));

        var expected = new Dictionary<string, (int, int)>
        {
            ["thumb"] = (320, 240), ["article"] = (1080, 810), ["wechat-cover"] = (900, 383), ["square"] = (600, 600),
        };
        var variants = result.Asset!.Variants;
        Assert.Equal(expected.Count * 2, variants.Count);
        foreach (var variant in variants)
        {
            Assert.Equal(expected[variant.Name], (variant.Width, variant.Height));
            var info = Image.Identify(await fixture.ReadAsync(variant.Key));
            Assert.Equal(expected[variant.Name], (info.Width, info.Height));
        }

        Assert.Equal(["jpeg", "webp"], variants.Select(v => v.Format).Distinct().Order());
    }

    [Fact]
    public async Task IngestAsync_NeverUpscalesWidthVariants_WhenSourceIsSmall()
    {
        var result = await fixture.IngestAsync(TestImages.Bytes("png", 500, 400));

        var sizes = result.Asset!.Variants.ToLookup(v => v.Name, v => (v.Width, v.Height));
        Assert.Equal((500, 400), sizes["article"].Distinct().Single());
        Assert.Equal((320, 256), sizes["thumb"].Distinct().Single());
        Assert.Equal((900, 383), sizes["wechat-cover"].Distinct().Single());
    }

    [Fact]
    public async Task IngestAsync_ReturnsSameAsset_AndStoresOnce_WhenSameBytesUploadedTwice()
    {
        var bytes = TestImages.Bytes("jpeg", 800, 600);

        var first = await fixture.IngestAsync(bytes, "a.jpg");
        var second = await fixture.IngestAsync(bytes, "b.jpg");

        Assert.False(first.Asset!.AlreadyStored);
        Assert.True(second.Asset!.AlreadyStored);
        Assert.Equal(first.Asset.Sha256, second.Asset.Sha256);
        Assert.Equal(first.Asset.OriginalKey, second.Asset.OriginalKey);
        Assert.Equal(first.Asset.Variants, second.Asset.Variants);
        Assert.Single(fixture.FilesUnder("originals"));
        Assert.Equal(8, fixture.FilesUnder("variants").Length);
    }

    [Fact]
    public async Task RenderCoverVariantsAsync_MovesCrop_WhenFocalPointMoves()
    {
        using var image = TestImages.TwoTone(2000, 1000, new Rgba32(0, 0, 0), new Rgba32(255, 255, 255));
        var asset = (await fixture.IngestAsync(TestImages.Encode(image, TestImages.Encoder("png")), "split.png")).Asset!;

        var left = await fixture.Ingest.RenderCoverVariantsAsync(asset.Sha256, new FocalPoint(0, 0.5), CancellationToken.None);
        var right = await fixture.Ingest.RenderCoverVariantsAsync(asset.Sha256, new FocalPoint(1, 0.5), CancellationToken.None);

        Assert.Equal(4, left.Variants.Count);
        Assert.Equal(["square", "wechat-cover"], left.Variants.Select(v => v.Name).Distinct().Order());
        var leftSquare = left.Variants.Single(v => v.Name == "square" && v.Format == "jpeg");
        var rightSquare = right.Variants.Single(v => v.Name == "square" && v.Format == "jpeg");
        Assert.NotEqual(leftSquare.Key, rightSquare.Key);
        Assert.True(await MeanBrightnessAsync(leftSquare.Key) < 20);
        Assert.True(await MeanBrightnessAsync(rightSquare.Key) > 235);
    }

    [Fact]
    public async Task RenderCoverVariantsAsync_ReportsMissing_WhenNoOriginalIsStored()
    {
        var result = await fixture.Ingest.RenderCoverVariantsAsync(new string('a', 64), FocalPoint.Centre, CancellationToken.None);

        Assert.False(result.OriginalFound);
        Assert.Empty(result.Variants);
    }

    private async Task<double> MeanBrightnessAsync(string key)
    {
        using var image = Image.Load<Rgba32>(await fixture.ReadAsync(key));
        double sum = 0;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (var pixel in rows.GetRowSpan(y))
                {
                    sum += (pixel.R + pixel.G + pixel.B) / 3.0;
                }
            }
        });
        return sum / (image.Width * image.Height);
    }
}
