using Media.AuditTrail.Chain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Media.AuditTrail.Reading;

/// <summary>Walks the whole chain in the database from seq 1 to the head. A long chain is split into stretches
/// walked in parallel, one per core, each on its own connection; their verdicts are joined.</summary>
public sealed class AuditTrailVerifier(AuditReader reader, IChainStretchWalker walker, IOptions<AuditTrailOptions> options,
    ILogger<AuditTrailVerifier> logger)
{
    public async Task<ChainVerdict> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await reader.HeadSeqAsync(cancellationToken);
        var settings = options.Value;
        var stretches = ChainStretch.Split(head, settings.VerifyStretches ?? Environment.ProcessorCount, settings.VerifyStretchLength);
        // Task.Run: a walker may finish synchronously (SQLite's "async" I/O is synchronous), and stretches must overlap.
        var walks = stretches.Select(s => Task.Run(() => walker.WalkAsync(s, cancellationToken), cancellationToken));
        var verdict = ChainVerdict.Join(await Task.WhenAll(walks));
        if (!verdict.Ok) Log.ChainBroken(logger, verdict.FirstBrokenSeq, verdict.Problem);
        else Log.ChainVerified(logger, verdict.Entries);
        return verdict;
    }
}
