namespace Media.AuditTrail.Chain;

/// <summary>The outcome of walking a chain: how many entries, the last hash, and the first entry that does not hold.</summary>
/// <param name="FirstBrokenSeq">The first entry whose hash, link or place in the sequence is wrong (for a gap: the
/// missing number); null when everything holds.</param>
/// <param name="Problem">Why that entry is broken, in words; null when ok.</param>
public sealed record ChainVerdict(bool Ok, long Entries, string? HeadHash, long? FirstBrokenSeq, string? Problem)
{
    /// <summary>One verdict for consecutive stretches walked separately, each seeded with the last entry before it.
    /// The first broken stretch names the first broken entry: a stretch only finds breaks after its seed, and its
    /// seed is at or after every entry the stretches before it read.</summary>
    public static ChainVerdict Join(IReadOnlyList<ChainVerdict> stretchesInOrder)
    {
        var entries = stretchesInOrder.Sum(v => v.Entries);
        var head = stretchesInOrder.LastOrDefault(v => v.HeadHash is not null)?.HeadHash;
        var broken = stretchesInOrder.FirstOrDefault(v => !v.Ok);
        return new ChainVerdict(broken is null, entries, head, broken?.FirstBrokenSeq, broken?.Problem);
    }

    /// <summary>This verdict, or one naming <paramref name="seq"/> if that breaks earlier than what it names.</summary>
    public ChainVerdict BrokenAt(long seq, string why) =>
        FirstBrokenSeq <= seq ? this : this with { Ok = false, FirstBrokenSeq = seq, Problem = why };
}
