using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.Browser.Tests;

/// <summary>Photos for the browser tests to upload, as a person would from their camera roll.</summary>
internal static class TestPhotos
{
    /// <summary>A real 1200×800 JPEG, different each time (the library answers identical bytes with the same asset).</summary>
    public static byte[] Unique()
    {
        var stamp = Guid.NewGuid().ToByteArray();
        using var image = new Image<Rgb24>(1200, 800);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                    row[x] = y < 32 ? new Rgb24(stamp[x * 16 / 1200], 64, 128) : new Rgb24((byte)(x * 255 / 1200), (byte)(y * 255 / 800), 96);
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }
}
