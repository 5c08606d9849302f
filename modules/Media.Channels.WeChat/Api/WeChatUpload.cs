using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Media.Channels.WeChat.Api;

/// <summary>
/// Multipart bodies for uploadimg and add_material (docs/wechat.md §3, §4.1, §12.1): one part named "media" with a quoted
/// name and file name, a per-part content type, and an unquoted boundary as Senparc sends it.
/// </summary>
internal static class WeChatUpload
{
    public const string Jpeg = "jpg";
    public const string Png = "png";
    public const string Gif = "gif";
    public const string Bmp = "bmp";

    /// <summary>The format from the bytes' magic numbers, never from the file name.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : bytes.StartsWith("GIF8"u8) ? Gif
        : bytes.StartsWith("BM"u8) ? Bmp
        : null;

    public static MultipartFormDataContent Build(WeChatImageFile image, string format)
    {
        var boundary = "----MediaWeChat" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var form = new MultipartFormDataContent(boundary);
        // .NET quotes the boundary parameter; WeChat's own SDKs never do, so send it bare.
        form.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        var part = new ReadOnlyMemoryContent(image.Bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue(ContentType(format));
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
        {
            Name = "\"media\"",
            FileName = "\"" + FileName(image.FileName, format) + "\"",
        };
        form.Add(part);
        return form;
    }

    private static string ContentType(string format) => format switch
    {
        Jpeg => "image/jpeg",
        Png => "image/png",
        Gif => "image/gif",
        Bmp => "image/bmp",
        _ => "application/octet-stream",
    };

    // An ASCII name with the extension of the real format: the header carries no encoding for other characters.
    private static string FileName(string name, string format)
    {
        var stem = new string(Path.GetFileNameWithoutExtension(name).Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return (stem.Length == 0 ? "image" : stem) + "." + format;
    }
}
