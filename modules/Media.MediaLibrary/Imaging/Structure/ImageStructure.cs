namespace Media.MediaLibrary.Imaging.Structure;

/// <summary>
/// Checks that a file is complete: every segment, chunk or block it declares is present. ImageSharp 2.1
/// decodes a truncated JPEG, PNG, GIF or WebP without complaint (the missing part comes out grey or
/// black), so a half-uploaded photo would otherwise be accepted and published.
/// </summary>
internal static class ImageStructure
{
    /// <summary>Reads the stream from its current position; the caller rewinds afterwards.</summary>
    public static bool IsComplete(Stream stream, MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => JpegStructure.IsComplete(stream),
        MediaFormat.Png => PngStructure.IsComplete(stream),
        MediaFormat.Gif => GifStructure.IsComplete(stream),
        MediaFormat.Webp => WebpStructure.IsComplete(stream),
        _ => false,
    };

    /// <summary>Moves forward by <paramref name="count"/> bytes; false when that passes the end.</summary>
    public static bool Skip(Stream stream, long count)
    {
        if (count < 0 || stream.Position + count > stream.Length)
        {
            return false;
        }

        stream.Seek(count, SeekOrigin.Current);
        return true;
    }

    public static bool TryRead(Stream stream, Span<byte> buffer) =>
        stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length;
}
