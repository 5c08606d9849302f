using Media.AuditTrail.Data;

namespace Media.AuditTrail.Chain;

/// <summary>
/// Checks entries one by one in <c>seq</c> order: each <c>seq</c> follows the last without a gap, each
/// <c>prevHash</c> is the previous entry's <c>hash</c>, and each <c>hash</c> is the MAC recomputed with the key.
/// A walk from genesis also requires the first entry to be seq 1 with an empty prevHash; a walk over an export of
/// a range trusts the first entry's link and checks everything after it. Not thread-safe.
/// </summary>
public sealed class ChainWalk(AuditHasher hasher, bool fromGenesis) : IDisposable
{
    private long? expectedSeq;
    private string? headHash;
    private long entries;
    private long? firstBroken;
    private string? problem;

    public bool Ok => firstBroken is null;

    public void Add(AuditEntry entry)
    {
        entries++;
        if (expectedSeq is null)
        {
            if (fromGenesis && entry.Seq != 1) Break(1, $"the chain starts at seq {entry.Seq}, not 1");
            else if (fromGenesis && entry.PrevHash != AuditChain.Genesis) Break(entry.Seq, "the first entry has a prevHash");
        }
        else if (entry.Seq != expectedSeq)
        {
            Break(expectedSeq.Value, entry.Seq > expectedSeq
                ? $"seq {expectedSeq} is missing (the next entry is seq {entry.Seq})"
                : $"seq {entry.Seq} appears out of order after seq {expectedSeq - 1}");
        }
        else if (!string.Equals(entry.PrevHash, headHash, StringComparison.Ordinal))
        {
            Break(entry.Seq, $"prevHash does not match the hash of seq {entry.Seq - 1}");
        }
        if (!hasher.Matches(entry.PrevHash, entry, entry.Hash)) Break(entry.Seq, "hash does not match the entry's content");
        headHash = entry.Hash;
        expectedSeq = entry.Seq + 1;
    }

    public ChainVerdict Verdict() => new(Ok, entries, headHash, firstBroken, problem);

    public void Dispose() => hasher.Dispose();

    /// <summary>Marks an entry as broken for a reason found outside the chain (e.g. an export line that lies).</summary>
    public void Fail(long seq, string why) => Break(seq, why);

    private void Break(long seq, string why)
    {
        if (firstBroken is not null) return;
        firstBroken = seq;
        problem = why;
    }
}
