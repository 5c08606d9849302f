using Media.AuditTrail.Chain;
using Microsoft.Extensions.Logging;

namespace Media.AuditTrail.Reading;

/// <summary>Walks the whole chain in the database from seq 1 to the head, batch by batch.</summary>
public sealed class AuditTrailVerifier(AuditReader reader, AuditChain chain, ILogger<AuditTrailVerifier> logger)
{
    public async Task<ChainVerdict> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await reader.HeadSeqAsync(cancellationToken);
        using var walk = new ChainWalk(chain.CreateHasher(), fromGenesis: true);
        if (head > 0)
        {
            await foreach (var entry in reader.StreamAsync(1, head, cancellationToken)) walk.Add(entry);
        }
        var verdict = walk.Verdict();
        if (!verdict.Ok) Log.ChainBroken(logger, verdict.FirstBrokenSeq, verdict.Problem);
        else Log.ChainVerified(logger, verdict.Entries);
        return verdict;
    }
}
