using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.MediaLibrary.Tests.Support;

/// <summary>Real image bytes made with ImageSharp: noisy, so encoders work as on photos.</summary>
public static class TestImages
{
    public static Image<Rgba32> Noise(int width, int height, int seed = 1)
    {
        var random = new Random(seed);
        var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgba32((byte)random.Next(256), (byte)(x * 255 / width), (byte)(y * 255 / height));
                }
            }
        });
        return image;
    }

    /// <summary>Left part one colour, right part another, split at <paramref name="split"/> of the width.</summary>
    public static Image<Rgba32> TwoTone(int width, int height, Rgba32 left, Rgba32 right, double split = 0.5)
    {
        var image = new Image<Rgba32>(width, height);
        var boundary = (int)(width * split);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                row[..boundary].Fill(left);
                row[boundary..].Fill(right);
            }
        });
        return image;
    }

    public static byte[] Encode(Image image, IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    public static byte[] Bytes(string format, int width = 640, int height = 480)
    {
        using var image = Noise(width, height);
        return Encode(image, Encoder(format));
    }

    public static IImageEncoder Encoder(string format) => format switch
    {
        "jpeg" => new JpegEncoder { Quality = 90 },
        "png" => new PngEncoder(),
        "gif" => new GifEncoder(),
        "webp" => new WebpEncoder { Quality = 80 },
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
