namespace Media.WeChat.Sandbox.Validation;

/// <summary>Tells an upload's format from its magic bytes, never from its file name.</summary>
internal static class ImageSniffer
{
    public const string Jpeg = "jpg";
    public const string Png = "png";
    public const string Gif = "gif";
    public const string Bmp = "bmp";

    public static string? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (bytes.StartsWith("GIF8"u8))
        {
            return Gif;
        }

        return bytes.StartsWith("BM"u8) ? Bmp : null;
    }

    /// <summary>The wx_fmt query value WeChat puts on image URLs.</summary>
    public static string WxFormat(string format) => format == Jpeg ? "jpeg" : format;

    public static string ContentType(string format) => format switch
    {
        Jpeg => "image/jpeg",
        Png => "image/png",
        Gif => "image/gif",
        Bmp => "image/bmp",
        _ => "application/octet-stream",
    };
}
