namespace Media.MediaLibrary.Imaging.Structure;

/// <summary>
/// A JPEG is complete when its segments, walked by their declared lengths and through the entropy-coded
/// scan data, reach the end-of-image marker. Bytes after EOI (camera trailers) are allowed.
/// </summary>
internal static class JpegStructure
{
    private const int EndOfImage = 0xD9;
    private const int StartOfScan = 0xDA;

    public static bool IsComplete(Stream source)
    {
        // Not disposed: that would close the caller's stream, which it rewinds and reads again.
        var stream = new BufferedStream(source, 64 * 1024);
        if (stream.ReadByte() != 0xFF || stream.ReadByte() != 0xD8)
        {
            return false;
        }

        var marker = ReadMarker(stream);
        while (marker >= 0)
        {
            if (marker == EndOfImage)
            {
                return true;
            }

            if (IsStandalone(marker))
            {
                marker = ReadMarker(stream);
                continue;
            }

            var high = stream.ReadByte();
            var low = stream.ReadByte();
            var length = (high << 8) | low;
            if (high < 0 || low < 0 || length < 2 || !ImageStructure.Skip(stream, length - 2))
            {
                return false;
            }

            marker = marker == StartOfScan ? SkipScanData(stream) : ReadMarker(stream);
        }

        return false;
    }

    /// <summary>Reads 0xFF (and any fill bytes) and returns the marker code, or -1 if there is none.</summary>
    private static int ReadMarker(Stream stream)
    {
        if (stream.ReadByte() != 0xFF)
        {
            return -1;
        }

        int code;
        do
        {
            code = stream.ReadByte();
        }
        while (code == 0xFF);

        return code;
    }

    /// <summary>Skips entropy-coded bytes; returns the marker that ends them, or -1 at end of file.</summary>
    private static int SkipScanData(Stream stream)
    {
        var previousWasFF = false;
        int value;
        while ((value = stream.ReadByte()) >= 0)
        {
            if (previousWasFF && value != 0x00 && value != 0xFF && !IsRestart(value))
            {
                return value;
            }

            previousWasFF = value == 0xFF;
        }

        return -1;
    }

    private static bool IsRestart(int marker) => marker is >= 0xD0 and <= 0xD7;

    private static bool IsStandalone(int marker) => IsRestart(marker) || marker == 0x01;
}
