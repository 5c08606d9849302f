using BenchmarkDotNet.Attributes;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Benchmarks;

/// <summary>Verify throughput over 1,000,000 in-memory entries: seq, link and recomputed HMAC for each.
/// Reported per entry (OperationsPerInvoke); the target is at least 500,000 entries/s, i.e. at most 2 µs an entry.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ChainVerifyBenchmarks
{
    private const int Count = 1_000_000;

    private AuditEntry[] entries = [];

    [GlobalSetup]
    public void Setup() => entries = SyntheticChain.Build(Count);

    [Benchmark(OperationsPerInvoke = Count)]
    public bool VerifyChain()
    {
        using var walk = new ChainWalk(new AuditHasher(SyntheticChain.Key), fromGenesis: true);
        foreach (var entry in entries) walk.Add(entry);
        return walk.Ok ? true : throw new InvalidOperationException(walk.Verdict().Problem);
    }
}
