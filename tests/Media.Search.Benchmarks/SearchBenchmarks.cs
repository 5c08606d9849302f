using BenchmarkDotNet.Attributes;

namespace Media.Search.Benchmarks;

/// <summary>One search of page 1 (10 results with snippets) on 2,000 and 100,000 generated articles; targets: p95
/// under 20 ms and under 100 ms (`-- latency` measures the p95 of single searches directly).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private SearchFixture fixture = null!;
    private int next;

    [Params(2_000, 100_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => fixture = new SearchFixture(Articles);

    [GlobalCleanup]
    public void Cleanup() => fixture.Dispose();

    [Benchmark(Description = "Search page 1 with snippets (queries in turn)")]
    public int Search() => fixture.Search.Search(SearchFixture.Queries[next++ % SearchFixture.Queries.Length], 1, 10).Total;
}
