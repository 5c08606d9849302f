using System.Net.Http.Headers;
using Media.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.Site.Tests.Integration;

/// <summary>Real photos uploaded to the media library through <c>POST /api/media</c>, as the editor does.</summary>
internal static class SitePhotos
{
    /// <summary>A fresh 1200×800 JPEG (different bytes each call, so the library never answers with an existing asset);
    /// answers its id and the URL of its article-width JPEG, as the editor inserts it into a body.</summary>
    public static async Task<(Guid Id, string Url)> UploadAsync(MediaClient author)
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
        using var bytes = new MemoryStream();
        await image.SaveAsJpegAsync(bytes);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", "photo.jpg");
        var item = await MediaClient.ExpectAsync(await author.Http.PostAsync("/api/media", form), 201);
        return (item.GetProperty("id").GetGuid(), item.GetProperty("url").GetString()!);
    }
}
