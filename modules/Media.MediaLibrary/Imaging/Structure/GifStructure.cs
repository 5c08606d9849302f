namespace Media.MediaLibrary.Imaging.Structure;

/// <summary>
/// A GIF is complete when its blocks are whole and at least one image is present. A missing trailer byte
/// after a whole block is tolerated, as browsers do; a file cut inside a block is not.
/// </summary>
internal static class GifStructure
{
    private const int HeaderLength = 13;

    public static bool IsComplete(Stream stream)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        if (!ImageStructure.TryRead(stream, header) || !SkipColorTable(stream, header[10]))
        {
            return false;
        }

        var images = 0;
        while (true)
        {
            switch (stream.ReadByte())
            {
                case 0x3B:
                case -1:
                    return images > 0;
                case 0x21 when stream.ReadByte() >= 0 && SkipSubBlocks(stream):
                    break;
                case 0x2C when SkipImage(stream):
                    images++;
                    break;
                default:
                    return false;
            }
        }
    }

    private static bool SkipImage(Stream stream)
    {
        Span<byte> descriptor = stackalloc byte[9];
        return ImageStructure.TryRead(stream, descriptor)
            && SkipColorTable(stream, descriptor[8])
            && stream.ReadByte() >= 0 // LZW minimum code size
            && SkipSubBlocks(stream);
    }

    private static bool SkipColorTable(Stream stream, byte packed) =>
        (packed & 0x80) == 0 || ImageStructure.Skip(stream, 3L << ((packed & 0x07) + 1));

    private static bool SkipSubBlocks(Stream stream)
    {
        int size;
        while ((size = stream.ReadByte()) > 0)
        {
            if (!ImageStructure.Skip(stream, size))
            {
                return false;
            }
        }

        return size == 0;
    }
}
