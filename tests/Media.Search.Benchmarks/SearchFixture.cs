using Media.Abstractions.Hosting;
using Media.Search.Indexing;
using Media.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.Search.Benchmarks;

/// <summary>A real on-disk index of <c>count</c> generated articles, built through the module's own document
/// mapping and writer, searched through <see cref="ArticleSearch"/> as the API does. With a <c>keep</c> folder the
/// index stays there after the run and a later run with the same size and index format opens it instead of
/// indexing again (100,000 articles take minutes to index).</summary>
internal sealed class SearchFixture : IDisposable
{
    /// <summary>What readers type: a frequent word, a rare one, two words, a title-ish phrase, a miss.</summary>
    public static readonly string[] Queries = ["县委", "猕猴桃", "乡村振兴", "供暖 改造", "茶叶 合作社 收入", "春耕生产", "不存在"];

    /// <summary>Written next to a kept index: a kept index of another format or size is built again.</summary>
    private const string MarkerName = "benchmark-index.txt";

    private readonly string root;
    private readonly bool keep;

    public SearchFixture(int count, string? keepFolder = null)
    {
        keep = keepFolder is not null;
        root = keepFolder is null
            ? Path.Combine(Path.GetTempPath(), "media-search-bench", Guid.NewGuid().ToString("N"))
            : Path.GetFullPath(keepFolder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Media:AppData"] = root }).Build();
        Index = new SearchIndex(new MediaAppData(configuration, new Environment(root)), NullLogger<SearchIndex>.Instance);
        var marker = Path.Combine(root, MarkerName);
        var expected = $"{ArticleDocument.Format} {count}";
        Reused = keep && File.Exists(marker) && File.ReadAllText(marker).Trim() == expected
            && Index.Search(s => s.IndexReader.NumDocs) == count;
        if (!Reused)
        {
            if (File.Exists(marker)) File.Delete(marker);
            Index.Reset();
            foreach (var article in SyntheticArticles.Generate(count)) Index.Add(ArticleDocument.From(article), ArticleDocument.Key(article.Id));
            Index.CommitAndRefresh();
            if (keep) File.WriteAllText(marker, expected);
        }
        Search = new ArticleSearch(Index);
    }

    public SearchIndex Index { get; }

    public ArticleSearch Search { get; }

    /// <summary>True when a kept index was opened instead of built.</summary>
    public bool Reused { get; }

    public void Dispose()
    {
        Index.Dispose();
        if (!keep) Directory.Delete(root, recursive: true);
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Benchmark";
        public string ApplicationName { get; set; } = "Media.Search.Benchmarks";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
