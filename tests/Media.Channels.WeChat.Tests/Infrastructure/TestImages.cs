namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>Byte blobs with the right magic numbers: the sandbox and the client sniff formats, neither decodes.</summary>
public static class TestImages
{
    public static byte[] Jpeg(int size) => WithHeader([0xFF, 0xD8, 0xFF, 0xE0], size);

    public static byte[] Png(int size) => WithHeader([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size);

    public static byte[] Gif(int size) => WithHeader("GIF89a"u8.ToArray(), size);

    public static byte[] Webp(int size) => WithHeader("RIFF\0\0\0\0WEBPVP8 "u8.ToArray(), size);

    private static byte[] WithHeader(byte[] header, int size)
    {
        var bytes = new byte[Math.Max(size, header.Length)];
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
