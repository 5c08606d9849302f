using Media.Abstractions.Content;
using Media.Abstractions.Hosting;
using Media.Search.Indexing;
using Media.Search.Querying;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.Search.Tests.Unit;

/// <summary><see cref="ArticleSearch"/> on a real index in a temporary folder (docs/search.md §4–5): the snippet is the
/// passage around the match, not the opening of a long body, and only the page's hits are loaded.</summary>
public sealed class ArticleSearchTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string root = Path.Combine(Path.GetTempPath(), "media-search-unit", Guid.NewGuid().ToString("N"));
    private readonly SearchIndex index;
    private readonly ArticleSearch search;

    public ArticleSearchTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Media:AppData"] = root }).Build();
        index = new SearchIndex(new MediaAppData(configuration, new Host(root)), NullLogger<SearchIndex>.Instance);
        search = new ArticleSearch(index);
    }

    [Fact]
    public void Snippet_IsThePassageAroundTheMatch_InALongBody()
    {
        var filler = string.Concat(Enumerable.Repeat("<p>县委召开会议，部署全县农业生产工作。</p>", 30));
        var id = Add("全县春季工作部署", filler + "<p>今年猕猴桃丰收，果农收入 5 &lt; 6 成倍增长。</p>" + filler, Start);

        var hit = Assert.Single(search.Search("猕猴桃", 1, 10).Items);

        Assert.Equal(id, hit.Id);
        Assert.Contains("<em>猕猴桃</em>", hit.SnippetHtml);
        Assert.Contains("5 &lt; 6", hit.SnippetHtml);
        Assert.InRange(hit.SnippetHtml.Replace("<em>", "").Replace("</em>", "").Length, 20, Snippets.Length + 60);
    }

    [Fact]
    public void Snippet_IsTheOpeningOfTheBody_WhenOnlyTheTitleMatched()
    {
        Add("樱桃节开幕", "<p>" + new string('好', 200) + "</p>", Start);

        var hit = Assert.Single(search.Search("樱桃", 1, 10).Items);

        Assert.Equal(new string('好', Snippets.Length) + "…", hit.SnippetHtml);
        Assert.Equal("樱桃节开幕", hit.Title);
        Assert.Equal("要闻", hit.Column);
        Assert.Equal(Start, hit.PublishedAt);
    }

    [Fact]
    public void Pages_RankTitleMatchesFirst_ThenNewestFirst_WithTheTotalCount()
    {
        var ids = Enumerable.Range(0, 12).Select(i => Add($"消息{i}", "<p>今年香菇丰收。</p>", Start.AddDays(i))).ToList();
        var inTitle = Add("香菇大棚建成", "<p>合作社新建大棚。</p>", Start.AddDays(-30));

        var first = search.Search("香菇", 1, 5);
        var third = search.Search("香菇", 3, 5);

        Assert.Equal(13, first.Total);
        Assert.Equal([inTitle, ids[11], ids[10], ids[9], ids[8]], first.Items.Select(h => h.Id));
        Assert.Equal([ids[2], ids[1], ids[0]], third.Items.Select(h => h.Id));
    }

    private Guid Add(string title, string bodyHtml, DateTimeOffset publishedAt)
    {
        var id = Guid.NewGuid();
        var article = new PublishedArticle(id, Guid.NewGuid(), "要闻", "news", title, null, null, null, null, bodyHtml, null, [],
            1, "hash", publishedAt, publishedAt, $"/articles/{id}");
        index.Upsert(ArticleDocument.From(article), ArticleDocument.Key(id));
        return id;
    }

    public void Dispose()
    {
        index.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private sealed class Host(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "Media.Search.Tests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
