using System.Diagnostics;
using Media.Search.Indexing;
using Media.Search.Querying;

namespace Media.Search.Benchmarks;

/// <summary>Where a search's time goes: the steps of <see cref="ArticleSearch"/> timed one by one on one thread
/// (query analysis, the ranked search with its count, stored fields of the page's hits, snippets), with the bytes each
/// step allocates (unlike time, not bent by the machine's load).</summary>
internal sealed class SearchProfile(SearchIndex index)
{
    private const int WarmUpRounds = 5;
    private static readonly string[] Steps = ["analyse query", "search + count", "stored fields", "snippets", "total"];

    private readonly long[] allocated = new long[Steps.Length];
    private readonly Stopwatch watch = new();
    private long lastBytes;

    public static void Measure(SearchFixture fixture, int articles) => new SearchProfile(fixture.Index).Run(articles);

    private void Run(int articles)
    {
        var samples = Steps.Select(_ => new List<double>()).ToArray();
        var perQuery = SearchFixture.Queries.ToDictionary(q => q, _ => new double[Steps.Length]);
        for (var round = 0; round < Latency.Rounds + WarmUpRounds; round++)
        {
            if (round == WarmUpRounds) Array.Clear(allocated);
            foreach (var q in SearchFixture.Queries)
            {
                var times = Once(q, 1 + (round % 3), 10);
                if (round < WarmUpRounds) continue;
                for (var i = 0; i < times.Length; i++)
                {
                    samples[i].Add(times[i]);
                    perQuery[q][i] += times[i] / Latency.Rounds;
                }
            }
        }
        var searches = samples[0].Count;
        Console.WriteLine($"{articles:N0} articles, {searches} searches: ms per step (p50 / p95 / mean) and KB allocated per search; load average {Latency.LoadAverage()}");
        for (var i = 0; i < Steps.Length; i++)
        {
            var sorted = samples[i].Order().ToList();
            double At(double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
            var kilobytes = i < Steps.Length - 1 ? allocated[i] / 1024.0 / searches : allocated.Sum() / 1024.0 / searches;
            Console.WriteLine($"  {Steps[i],-15} {At(0.50),8:F3} {At(0.95),8:F3} {sorted.Average(),8:F3} {kilobytes,8:F0} KB");
        }
        Console.WriteLine("  mean ms per query and step: " + string.Join(" | ", Steps));
        foreach (var (q, means) in perQuery) Console.WriteLine($"  {q,-10} " + string.Join(" ", means.Select(m => $"{m,8:F3}")));
    }

    private double[] Once(string text, int page, int pageSize)
    {
        var times = new double[Steps.Length];
        var total = Stopwatch.StartNew();
        lastBytes = GC.GetAllocatedBytesForCurrentThread();
        watch.Restart();
        var query = SearchQuery.Build(index.Analyzer, text);
        times[0] = Lap(0);
        if (query is null) return times;
        index.Search(searcher =>
        {
            var top = searcher.Search(query, null, page * pageSize, ArticleSearch.BestThenNewest, doDocScores: false, doMaxScore: false);
            times[1] = Lap(1);
            var docs = top.ScoreDocs.Skip((page - 1) * pageSize).Select(d => (d.Doc, Stored: ArticleSearch.Load(searcher, d.Doc))).ToList();
            times[2] = Lap(2);
            var snippets = new Snippets(query);
            foreach (var (doc, stored) in docs) snippets.For(searcher.IndexReader, doc, stored.Body);
            times[3] = Lap(3);
            return 0;
        });
        times[4] = total.Elapsed.TotalMilliseconds;
        return times;
    }

    private double Lap(int step)
    {
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        allocated[step] += bytes - lastBytes;
        lastBytes = bytes;
        watch.Restart();
        return elapsed;
    }
}
