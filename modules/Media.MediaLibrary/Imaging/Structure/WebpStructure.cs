using System.Buffers.Binary;

namespace Media.MediaLibrary.Imaging.Structure;

/// <summary>A WebP is complete when the RIFF container and every chunk in it fit in the file.</summary>
internal static class WebpStructure
{
    public static bool IsComplete(Stream stream)
    {
        Span<byte> header = stackalloc byte[12];
        if (!ImageStructure.TryRead(stream, header))
        {
            return false;
        }

        long riffEnd = 8L + BinaryPrimitives.ReadUInt32LittleEndian(header[4..8]);
        if (riffEnd > stream.Length || riffEnd < 12)
        {
            return false;
        }

        var chunks = 0;
        Span<byte> chunk = stackalloc byte[8];
        while (stream.Position < riffEnd)
        {
            if (!ImageStructure.TryRead(stream, chunk))
            {
                return false;
            }

            long size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..8]);
            var padded = size + (size & 1);
            if (stream.Position + size > riffEnd || !ImageStructure.Skip(stream, Math.Min(padded, riffEnd - stream.Position)))
            {
                return false;
            }

            chunks++;
        }

        return chunks > 0;
    }
}
