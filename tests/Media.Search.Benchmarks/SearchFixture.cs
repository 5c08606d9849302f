using Media.Abstractions.Hosting;
using Media.Search.Indexing;
using Media.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.Search.Benchmarks;

/// <summary>A real on-disk index of <c>count</c> generated articles, built through the module's own document
/// mapping and writer, searched through <see cref="ArticleSearch"/> as the API does.</summary>
internal sealed class SearchFixture : IDisposable
{
    /// <summary>What readers type: a frequent word, a rare one, two words, a title-ish phrase, a miss.</summary>
    public static readonly string[] Queries = ["县委", "猕猴桃", "乡村振兴", "供暖 改造", "茶叶 合作社 收入", "春耕生产", "不存在"];

    private readonly string root = Path.Combine(Path.GetTempPath(), "media-search-bench", Guid.NewGuid().ToString("N"));
    private readonly SearchIndex index;

    public SearchFixture(int count)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Media:AppData"] = root }).Build();
        index = new SearchIndex(new MediaAppData(configuration, new Environment(root)), NullLogger<SearchIndex>.Instance);
        foreach (var article in SyntheticArticles.Generate(count)) index.Add(ArticleDocument.From(article), ArticleDocument.Key(article.Id));
        index.CommitAndRefresh();
        Search = new ArticleSearch(index);
    }

    public ArticleSearch Search { get; }

    public void Dispose()
    {
        index.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Benchmark";
        public string ApplicationName { get; set; } = "Media.Search.Benchmarks";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
