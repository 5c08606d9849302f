using System.Net.Http.Headers;
using System.Text.Json;
using Media.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace Media.MediaLibrary.Tests.Support;

/// <summary>Multipart uploads to <c>POST /api/media</c> as a browser or the county app would send them.</summary>
public static class MediaUploads
{
    public static MultipartFormDataContent Form(HttpContent file, string fileName, string? alt = null, string? caption = null)
    {
        var form = new MultipartFormDataContent();
        form.Add(file, "file", fileName);
        if (alt is not null) form.Add(new StringContent(alt), "alt");
        if (caption is not null) form.Add(new StringContent(caption), "caption");
        return form;
    }

    public static async Task<HttpResponseMessage> PostAsync(MediaClient client, byte[] bytes, string fileName,
        string declaredType = "image/jpeg", string? alt = null, string? caption = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        using var form = Form(file, fileName, alt, caption);
        return await client.Http.PostAsync("/api/media", form);
    }

    public static async Task<JsonElement> UploadAsync(MediaClient client, byte[] bytes, string fileName, int status = 201) =>
        await MediaClient.ExpectAsync(await PostAsync(client, bytes, fileName), status);

    /// <summary>Real image bytes no other test uploads (a fresh noise seed), so no upload is a duplicate by accident.</summary>
    public static byte[] Fresh(string format, int width = 640, int height = 480)
    {
        using var image = TestImages.Noise(width, height, Random.Shared.Next());
        return TestImages.Encode(image, TestImages.Encoder(format));
    }

    /// <summary>A JPEG whose EXIF carries a GPS position and a camera make, as a phone photo does.</summary>
    public static byte[] JpegWithGps()
    {
        using var image = TestImages.Noise(1200, 800, Random.Shared.Next());
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(30, 1), new Rational(15, 1), new Rational(7, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(120, 1), new Rational(9, 1), new Rational(3, 1)]);
        exif.SetValue(ExifTag.Make, "NewsroomCam");
        image.Metadata.ExifProfile = exif;
        return TestImages.Encode(image, new JpegEncoder { Quality = 90 });
    }

    /// <summary>Every served URL of an item: the main url, the JPEG variants and the WebP ones.</summary>
    public static IReadOnlyList<string> ServedUrls(JsonElement item) =>
    [
        item.GetProperty("url").GetString()!,
        .. item.GetProperty("variants").EnumerateObject().Select(p => p.Value.GetString()!),
        .. item.GetProperty("webp").EnumerateObject().Select(p => p.Value.GetString()!),
    ];
}
