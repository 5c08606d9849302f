using System.Text;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Chain;

/// <summary>Encodes an <see cref="AuditEntry"/>'s text into one reused UTF-8 buffer and lends it out as a
/// <see cref="ChainLink"/>. The link is valid until the next <c>Load</c>. Not thread-safe.</summary>
public sealed class ChainLinkBuffer
{
    private byte[] buffer = new byte[1024];

    public ChainLink Load(AuditEntry entry) => Load(entry, entry.PrevHash, entry.Hash);

    /// <summary>The entry linked after <paramref name="prevHash"/> and claiming <paramref name="hash"/>.</summary>
    public ChainLink Load(AuditEntry entry, string? prevHash, string? hash)
    {
        var need = Max(entry.ActorName) + Max(entry.Action) + Max(entry.SubjectKind) + Max(entry.SubjectId) +
            Max(entry.ContentHash) + Max(entry.Data) + Max(entry.SourceIp) + Max(entry.UserAgent) + Max(prevHash) + Max(hash);
        if (buffer.Length < need) buffer = new byte[Math.Max(need, buffer.Length * 2)];
        var offset = 0;
        return new ChainLink
        {
            Seq = entry.Seq,
            At = entry.At,
            ActorId = entry.ActorId,
            ActorName = Put(entry.ActorName, ref offset),
            Action = Put(entry.Action, ref offset),
            SubjectKind = Put(entry.SubjectKind, ref offset),
            SubjectId = Put(entry.SubjectId, ref offset),
            ArticleId = entry.ArticleId,
            Version = entry.Version,
            ContentHash = Put(entry.ContentHash, ref offset),
            Data = Put(entry.Data, ref offset),
            SourceIp = Put(entry.SourceIp, ref offset),
            UserAgent = Put(entry.UserAgent, ref offset),
            PrevHash = Put(prevHash, ref offset),
            Hash = Put(hash, ref offset),
        };
    }

    private static int Max(string? text) => text is null ? 0 : Encoding.UTF8.GetMaxByteCount(text.Length);

    private Utf8Text Put(string? text, scoped ref int offset)
    {
        if (text is null) return default;
        var written = Encoding.UTF8.GetBytes(text, buffer.AsSpan(offset));
        var bytes = new ReadOnlySpan<byte>(buffer, offset, written);
        offset += written;
        return new Utf8Text(bytes);
    }
}
