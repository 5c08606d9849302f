namespace Media.AuditTrail.Chain;

/// <summary>The outcome of walking a chain: how many entries, the last hash, and the first entry that does not hold.</summary>
/// <param name="FirstBrokenSeq">The first entry whose hash, link or place in the sequence is wrong (for a gap: the
/// missing number); null when everything holds.</param>
/// <param name="Problem">Why that entry is broken, in words; null when ok.</param>
public sealed record ChainVerdict(bool Ok, long Entries, string? HeadHash, long? FirstBrokenSeq, string? Problem);
