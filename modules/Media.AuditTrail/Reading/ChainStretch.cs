using Media.AuditTrail.Chain;

namespace Media.AuditTrail.Reading;

/// <summary>Entries <c>First..Last</c> (inclusive) of the chain, walked as one piece of a verify.</summary>
public readonly record struct ChainStretch(long First, long Last)
{
    /// <summary>Splits 1..<paramref name="head"/> into at most <paramref name="pieces"/> stretches of at least
    /// <paramref name="minLength"/> entries (one when the chain is short), so each can be walked on its own core.</summary>
    public static IReadOnlyList<ChainStretch> Split(long head, int pieces, int minLength)
    {
        if (head <= 0) return [];
        var count = (int)Math.Clamp(head / Math.Max(1, minLength), 1, Math.Max(1, pieces));
        var stretches = new ChainStretch[count];
        var first = 1L;
        for (var i = 0; i < count; i++)
        {
            var last = i == count - 1 ? head : first + head / count - 1;
            stretches[i] = new ChainStretch(first, last);
            first = last + 1;
        }
        return stretches;
    }
}

/// <summary>Walks one stretch of the stored chain on a connection of its own, continuing from the last entry before
/// the stretch, so stretches can be walked in parallel and joined with <see cref="ChainVerdict.Join"/>.</summary>
public interface IChainStretchWalker
{
    /// <param name="before">The last stored entry before the stretch (seq, hash); null when there is none.</param>
    Task<ChainVerdict> WalkAsync(ChainStretch stretch, (long Seq, string Hash)? before, CancellationToken cancellationToken);
}
