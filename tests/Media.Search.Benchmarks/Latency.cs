using System.Diagnostics;

namespace Media.Search.Benchmarks;

/// <summary>p50/p95/p99 of single searches on one thread, with the machine's load average before and after (the
/// machine is shared, so a p95 means little without it).</summary>
internal static class Latency
{
    public const int Rounds = 200;

    public static SearchFixture Open(int articles, string? keep)
    {
        Console.WriteLine($"load average {LoadAverage()}");
        var build = Stopwatch.StartNew();
        var fixture = new SearchFixture(articles, keep);
        Console.WriteLine(fixture.Reused
            ? $"{articles:N0} articles: kept index reused from {keep} ({build.Elapsed.TotalSeconds:F1} s to open)"
            : $"{articles:N0} articles indexed in {build.Elapsed.TotalSeconds:F1} s");
        return fixture;
    }

    public static void Measure(SearchFixture fixture, int articles)
    {
        foreach (var q in SearchFixture.Queries) fixture.Search.Search(q, 1, 10); // warm up
        var samples = new List<double>();
        var cpu = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var q in SearchFixture.Queries)
            {
                var cpuBefore = ThreadCpu.Milliseconds();
                var watch = Stopwatch.StartNew();
                fixture.Search.Search(q, 1 + (round % 3), 10);
                samples.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add(ThreadCpu.Milliseconds() - cpuBefore);
            }
        }
        samples.Sort();
        cpu.Sort();
        static double At(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
        Console.WriteLine($"{articles:N0} articles: {samples.Count} searches, p50 {At(samples, 0.50):F2} ms, p95 {At(samples, 0.95):F2} ms, p99 {At(samples, 0.99):F2} ms, max {samples[^1]:F2} ms; load average {LoadAverage()}");
        Console.WriteLine($"  CPU time of the searching thread (no waiting for a core): p50 {At(cpu, 0.50):F2} ms, p95 {At(cpu, 0.95):F2} ms, p99 {At(cpu, 0.99):F2} ms");
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "?" elsewhere.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
