namespace Media.MediaLibrary.Imaging;

/// <summary>
/// Recognises a format from the first bytes of a file. The name and the declared content type are never
/// consulted: they are whatever the client says.
/// </summary>
public static class ImageSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs to see.</summary>
    public const int Length = 12;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static MediaFormat? Detect(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF)
        {
            return MediaFormat.Jpeg;
        }

        if (header.StartsWith(Png))
        {
            return MediaFormat.Png;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return MediaFormat.Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaFormat.Webp;
        }

        return null;
    }
}
