using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.MediaLibrary.Benchmarks;

/// <summary>
/// A 4000×3000 (12 MP) JPEG at camera-like quality, generated once and kept in the temp folder: smooth
/// gradients and shapes with sensor-like noise, so it compresses and decodes like a photo, not like flat
/// colour (too easy) or pure noise (too hard).
/// </summary>
public static class SamplePhoto
{
    public const int Width = 4000;
    public const int Height = 3000;

    public static string EnsureFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"media-bench-{Width}x{Height}.jpg");
        if (!File.Exists(path))
        {
            var temp = path + "." + Guid.NewGuid().ToString("N");
            using (var image = Generate())
            {
                image.Save(temp, new JpegEncoder { Quality = 92 });
            }

            File.Move(temp, path, overwrite: true);
        }

        return path;
    }

    private static Image<Rgb24> Generate()
    {
        var random = new Random(12);
        var image = new Image<Rgb24>(Width, Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var wave = Math.Sin(x / 37.0) * Math.Cos(y / 53.0) * 60;
                    var ring = ((x - 2000) * (x - 2000)) + ((y - 1500) * (y - 1500)) < 800 * 800 ? 50 : 0;
                    var noise = random.Next(-18, 19);
                    row[x] = new Rgb24(
                        Clamp((x * 200 / Width) + wave + noise + 30),
                        Clamp((y * 180 / Height) - wave + ring + noise + 40),
                        Clamp(120 + (wave / 2) - ring + noise));
                }
            }
        });
        return image;
    }

    private static byte Clamp(double value) => (byte)Math.Clamp(value, 0, 255);
}
