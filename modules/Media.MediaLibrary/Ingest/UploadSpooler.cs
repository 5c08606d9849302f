using System.Buffers;
using System.Security.Cryptography;

namespace Media.MediaLibrary.Ingest;

/// <summary>
/// Copies an upload (e.g. a request body) to a temp file while counting and hashing it, and stops as soon as
/// it passes the byte limit: the body is never held in memory and a 60 MB upload against a 20 MB limit
/// reads little more than 20 MB before it is turned away.
/// </summary>
public static class UploadSpooler
{
    private const int BufferSize = 81920;

    /// <summary>The spooled upload, or null as soon as the source yields more than <paramref name="maxBytes"/>.</summary>
    public static async Task<SpooledUpload?> TrySpoolAsync(Stream source, long maxBytes, string tempDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        Directory.CreateDirectory(tempDirectory);
        var path = Path.Combine(tempDirectory, "media-upload-" + Guid.NewGuid().ToString("N") + ".tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var (total, sha256) = await CopyAsync(source, file, maxBytes, cancellationToken);
            if (total > maxBytes)
            {
                await file.DisposeAsync();
                return null;
            }

            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return new SpooledUpload(file, sha256, total);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>Copies at most maxBytes + 1 bytes: one byte past the limit is proof enough.</summary>
    private static async Task<(long Total, string Sha256)> CopyAsync(Stream source, Stream target, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            while (total <= maxBytes)
            {
                var want = (int)Math.Min(buffer.Length, maxBytes + 1 - total);
                var read = await source.ReadAsync(buffer.AsMemory(0, want), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > maxBytes)
                {
                    break;
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
