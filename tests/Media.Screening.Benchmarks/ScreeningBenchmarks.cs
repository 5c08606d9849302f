using BenchmarkDotNet.Attributes;

namespace Media.Screening.Benchmarks;

/// <summary>A 20,000-character article against a 10,000-word county list; the target is under 5 ms a screening.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private const int ArticleLength = 20_000;
    private const int WordCount = 10_000;

    private readonly TextScreener screener = TextScreener.WithBuiltInRules();
    private LexiconEntry[] entries = [];
    private CompiledLexicon lexicon = CompiledLexicon.Empty;
    private string article = "";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2024);
        entries = SyntheticText.Words(random, WordCount);
        lexicon = CompiledLexicon.Compile(entries, "bench");
        article = SyntheticText.Article(random, ArticleLength, entries);
    }

    [Benchmark(Description = "Screen: word list + built-in rules")]
    public int Screen() => screener.Screen(article, lexicon).Count;

    [Benchmark(Description = "Word list only")]
    public int FindWords() => lexicon.Find(article).Count;

    [Benchmark(Description = "Compile 10,000 words")]
    public CompiledLexicon Compile() => CompiledLexicon.Compile(entries, "bench");
}
