using System.Net.Http.Headers;
using Media.Testing;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.Articles.Tests.Integration;

/// <summary>What the editor's photo panel sends: multipart uploads to /admin/media/upload with the page's token.</summary>
internal static class EditorPhotos
{
    /// <summary>A small real JPEG; the random pixels make every call a new upload rather than a duplicate.</summary>
    public static byte[] Jpeg(int width = 64, int height = 48)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(30, 90, 160));
        for (var x = 0; x < width; x += 4)
            image[x, x % height] = new Rgb24((byte)Random.Shared.Next(256), (byte)Random.Shared.Next(256), (byte)Random.Shared.Next(256));
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    /// <summary>POSTs the file the way photos.js does; a null token sends no header.</summary>
    public static Task<HttpResponseMessage> UploadAsync(AdminSession session, string? token, byte[] bytes,
        string fileName = "现场.jpg", string contentType = "image/jpeg")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent("会场全景"), "alt" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media/upload") { Content = form };
        if (token is not null) request.Headers.Add("RequestVerificationToken", token);
        return session.Http.SendAsync(request);
    }
}
