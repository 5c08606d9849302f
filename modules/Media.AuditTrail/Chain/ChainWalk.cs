using System.Text;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Chain;

/// <summary>
/// Checks entries one by one in <c>seq</c> order: each <c>seq</c> follows the last without a gap, each
/// <c>prevHash</c> is the previous entry's <c>hash</c>, and each <c>hash</c> is the MAC recomputed with the key.
/// A walk from genesis expects seq 1 with an empty prevHash first; a walk <see cref="After"/> an entry expects the
/// entry after it, linked to it (one stretch of a verify split across connections); a walk over an export of a
/// range trusts the first entry's link and checks everything after it. Not thread-safe.
/// </summary>
public sealed class ChainWalk : IDisposable
{
    private readonly AuditHasher hasher;
    private readonly ChainLinkBuffer entryLinks = new();
    private byte[] head = new byte[64];
    private int headLength;
    private long? expectedSeq;
    private long entries;
    private long? firstBroken;
    private string? problem;

    /// <param name="fromGenesis">Expect seq 1 with an empty prevHash first; otherwise trust the first entry's link.</param>
    public ChainWalk(AuditHasher hasher, bool fromGenesis)
    {
        this.hasher = hasher;
        if (fromGenesis) expectedSeq = 1;
    }

    /// <summary>A walk that continues the chain after entry <paramref name="seq"/> whose stored hash is
    /// <paramref name="hash"/>; that entry itself is checked by whoever walks the stretch before.</summary>
    public static ChainWalk After(AuditHasher hasher, long seq, ReadOnlySpan<byte> hash)
    {
        var walk = new ChainWalk(hasher, fromGenesis: false) { expectedSeq = seq + 1 };
        walk.KeepHead(hash);
        return walk;
    }

    /// <summary>A walk after <paramref name="before"/> (the last entry before a stretch), or from genesis when there is none.</summary>
    public static ChainWalk Continuing(AuditHasher hasher, (long Seq, string Hash)? before) => before is { } seed
        ? After(hasher, seed.Seq, Encoding.UTF8.GetBytes(seed.Hash))
        : new ChainWalk(hasher, fromGenesis: true);

    public bool Ok => firstBroken is null;

    public void Add(AuditEntry entry) => Add(entryLinks.Load(entry));

    public void Add(in ChainLink link)
    {
        entries++;
        if (expectedSeq is { } expected && link.Seq != expected)
        {
            Break(expected, link.Seq > expected
                ? $"seq {expected} is missing (the next entry is seq {link.Seq})"
                : $"seq {link.Seq} appears out of order after seq {expected - 1}");
        }
        else if (expectedSeq is not null && !link.PrevHash.Bytes.SequenceEqual(head.AsSpan(0, headLength)))
        {
            Break(link.Seq, link.Seq == 1 ? "the first entry has a prevHash" : $"prevHash does not match the hash of seq {link.Seq - 1}");
        }
        if (!hasher.Matches(link)) Break(link.Seq, "hash does not match the entry's content");
        KeepHead(link.Hash.Bytes);
        expectedSeq = link.Seq + 1;
    }

    /// <summary>The head hash is null until an entry has been walked, even for a walk seeded <see cref="After"/> one.</summary>
    public ChainVerdict Verdict() =>
        new(Ok, entries, entries == 0 ? null : Encoding.UTF8.GetString(head, 0, headLength), firstBroken, problem);

    public void Dispose() => hasher.Dispose();

    /// <summary>Marks an entry as broken for a reason found outside the chain (e.g. an export line that lies, a
    /// stored value that cannot be read).</summary>
    public void Fail(long seq, string why) => Break(seq, why);

    private void KeepHead(ReadOnlySpan<byte> hash)
    {
        if (head.Length < hash.Length) head = new byte[hash.Length];
        hash.CopyTo(head);
        headLength = hash.Length;
    }

    private void Break(long seq, string why)
    {
        if (firstBroken is not null) return;
        firstBroken = seq;
        problem = why;
    }
}
