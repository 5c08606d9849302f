using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.Distribution.Tests.Integration;

internal static class TestImages
{
    /// <summary>A real 1200×800 JPEG with a gradient, so every variant has something to show. Each call gives
    /// different bytes (the library would otherwise answer an identical upload with the existing asset).</summary>
    public static byte[] Photo()
    {
        var tint = (byte)Random.Shared.Next(256);
        using var image = new Image<Rgb24>(1200, 800);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++) row[x] = new Rgb24((byte)(x * 255 / 1200), (byte)(y * 255 / 800), tint);
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    /// <summary>Uploads a fresh <see cref="Photo"/> to the media library as the author: a cover, which WeChat requires.</summary>
    public static async Task<Guid> UploadCoverAsync(Media.Testing.MediaClient author) => (await UploadPhotoAsync(author)).Id;

    /// <summary>Uploads a fresh <see cref="Photo"/>; answers its id and the URL of its article-width JPEG.</summary>
    public static async Task<(Guid Id, string Url)> UploadPhotoAsync(Media.Testing.MediaClient author)
    {
        using var form = new System.Net.Http.MultipartFormDataContent();
        var photo = new System.Net.Http.ByteArrayContent(Photo());
        photo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        form.Add(photo, "file", "cover.jpg");
        var cover = await Media.Testing.MediaClient.ExpectAsync(await author.Http.PostAsync("/api/media", form), 201);
        return (cover.GetProperty("id").GetGuid(), cover.GetProperty("url").GetString()!);
    }
}
