using BenchmarkDotNet.Running;
using Media.Search.Benchmarks;

// dotnet run -c Release --project tests/Media.Search.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Media.Search.Benchmarks -- latency [--keep DIR] [articles...]  (p50/p95/p99 of single searches)
// dotnet run -c Release --project tests/Media.Search.Benchmarks -- profile [--keep DIR] [articles...]  (where a search's time goes)
// --keep DIR keeps each size's index in DIR/<articles> and reuses it on the next run (same size and index format).
if (args.FirstOrDefault() is "latency" or "profile")
{
    var rest = args.Skip(1).ToList();
    string? keep = null;
    var at = rest.IndexOf("--keep");
    if (at >= 0)
    {
        keep = rest[at + 1];
        rest.RemoveRange(at, 2);
    }
    var sizes = rest.Count > 0 ? rest.Select(int.Parse).ToArray() : [2_000, 100_000];
    foreach (var size in sizes)
    {
        using var fixture = Latency.Open(size, keep is null ? null : Path.Combine(keep, size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (args[0] == "latency") Latency.Measure(fixture, size);
        else SearchProfile.Measure(fixture, size);
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
