using System.Buffers.Binary;

namespace Media.MediaLibrary.Imaging.Structure;

/// <summary>A PNG is complete when its chunks, each whole, run up to IEND.</summary>
internal static class PngStructure
{
    private const int SignatureLength = 8;

    public static bool IsComplete(Stream stream)
    {
        if (!ImageStructure.Skip(stream, SignatureLength))
        {
            return false;
        }

        Span<byte> header = stackalloc byte[8];
        while (ImageStructure.TryRead(stream, header))
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            if (length > int.MaxValue)
            {
                return false;
            }

            // Chunk data plus its 4-byte CRC must be present.
            if (!ImageStructure.Skip(stream, length + 4L))
            {
                return false;
            }

            if (header[4..8].SequenceEqual("IEND"u8))
            {
                return true;
            }
        }

        return false;
    }
}
