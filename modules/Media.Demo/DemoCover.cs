using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.Demo;

/// <summary>A cover photo for a demo article (WeChat refuses an article without one): a real 900×500 JPEG, a gradient in
/// the given hue, so each demo article has its own picture in the media library.</summary>
internal static class DemoCover
{
    public static byte[] Jpeg(byte red, byte green, byte blue)
    {
        using var image = new Image<Rgb24>(900, 500);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var shade = 0.55 + (0.45 * x / row.Length);
                    row[x] = new Rgb24((byte)(red * shade), (byte)(green * shade), (byte)Math.Min(255, (blue * shade) + (y * 40 / rows.Height)));
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }
}
