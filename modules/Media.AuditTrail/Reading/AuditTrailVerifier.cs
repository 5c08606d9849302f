using Media.AuditTrail.Chain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Media.AuditTrail.Reading;

/// <summary>Walks the whole chain in the database from seq 1 to the head, then holds the head against the anchor kept
/// outside the database. A long chain is split into stretches walked in parallel, one per core, each on its own
/// connection; their verdicts are joined.</summary>
public sealed class AuditTrailVerifier(AuditReader reader, IChainStretchWalker walker, AuditHeadAnchor anchor,
    IOptions<AuditTrailOptions> options, ILogger<AuditTrailVerifier> logger)
{
    public async Task<ChainVerdict> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await reader.HeadSeqAsync(cancellationToken);
        var settings = options.Value;
        var stretches = ChainStretch.Split(head, settings.VerifyStretches ?? Environment.ProcessorCount, settings.VerifyStretchLength);
        var walks = new List<Task<ChainVerdict>>(stretches.Count);
        foreach (var stretch in stretches)
        {
            var before = await reader.LastBeforeAsync(stretch.First, cancellationToken);
            // Task.Run: a walker may finish synchronously (SQLite's "async" I/O is synchronous); stretches must overlap.
            walks.Add(Task.Run(() => walker.WalkAsync(stretch, before, cancellationToken), cancellationToken));
        }
        var verdict = await HoldAgainstAnchorAsync(ChainVerdict.Join(await Task.WhenAll(walks)), head, cancellationToken);
        if (verdict.Ok && verdict.HeadHash is { } headHash) anchor.Advance(head, headHash);
        if (!verdict.Ok) Log.ChainBroken(logger, verdict.FirstBrokenSeq, verdict.Problem);
        else Log.ChainVerified(logger, verdict.Entries);
        return verdict;
    }

    /// <summary>Entries cut off the end leave a shorter chain that still links: only the anchored head shows it.</summary>
    private async Task<ChainVerdict> HoldAgainstAnchorAsync(ChainVerdict verdict, long head, CancellationToken cancellationToken)
    {
        var (anchored, problem) = anchor.Read();
        if (problem is not null) return verdict.Ok ? verdict with { Ok = false, Problem = problem } : verdict;
        if (anchored is null) return verdict;
        var when = AuditChain.FormatTime(anchored.At);
        if (anchored.Seq > head)
        {
            return verdict.BrokenAt(head + 1, $"seq {head + 1}..{anchored.Seq} are missing: the chain ends at seq {head}, " +
                $"but seq {anchored.Seq} was its head at {when} (anchored in {anchor.FilePath})");
        }
        return await reader.HashAtAsync(anchored.Seq, cancellationToken) == anchored.Hash
            ? verdict
            : verdict.BrokenAt(anchored.Seq, $"seq {anchored.Seq} is not the entry anchored as the head at {when}");
    }
}
