using System.Diagnostics;
using BenchmarkDotNet.Running;
using Media.Search.Benchmarks;

// dotnet run -c Release --project tests/Media.Search.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Media.Search.Benchmarks -- latency [articles...]   (p50/p95/p99 of single searches)
if (args.FirstOrDefault() == "latency")
{
    var sizes = args.Length > 1 ? args.Skip(1).Select(int.Parse).ToArray() : [2_000, 100_000];
    foreach (var size in sizes) Measure(size);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);

static void Measure(int articles)
{
    var build = Stopwatch.StartNew();
    using var fixture = new SearchFixture(articles);
    Console.WriteLine($"{articles:N0} articles indexed in {build.Elapsed.TotalSeconds:F1} s");
    foreach (var q in SearchFixture.Queries) fixture.Search.Search(q, 1, 10); // warm up
    var samples = new List<double>();
    for (var round = 0; round < 200; round++)
    {
        foreach (var q in SearchFixture.Queries)
        {
            var watch = Stopwatch.StartNew();
            fixture.Search.Search(q, 1 + (round % 3), 10);
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
    }
    samples.Sort();
    double At(double p) => samples[(int)Math.Ceiling(p * samples.Count) - 1];
    Console.WriteLine($"{articles:N0} articles: {samples.Count} searches, p50 {At(0.50):F2} ms, p95 {At(0.95):F2} ms, p99 {At(0.99):F2} ms, max {samples[^1]:F2} ms");
}
