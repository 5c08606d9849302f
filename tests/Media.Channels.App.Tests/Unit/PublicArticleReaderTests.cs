using Media.Abstractions.Content;
using Media.Abstractions.Hosting;
using Media.Channels.App.Endpoints;

namespace Media.Channels.App.Tests.Unit;

public sealed class PublicArticleReaderTests
{
    private static readonly PublicSiteAddress Site = new("https://news.county.example/");

    [Fact]
    public async Task Shape_MakesCoverAndPageUrlsAbsolute_WhenMediaLibraryIsThere()
    {
        var cover = Guid.NewGuid();
        var files = new StubMediaFiles(cover, new Dictionary<string, string>
        {
            ["thumb"] = "/media/ab/thumb.jpg",
            ["article"] = "https://cdn.county.example/ab/article.jpg",
        });
        var reader = new PublicArticleReader(new NoArticles(), [files], Site);

        var shaped = await reader.ShapeAsync(Article(cover), CancellationToken.None);

        Assert.Equal("https://news.county.example/media/ab/thumb.jpg", shaped.Cover!["thumb"]);
        Assert.Equal("https://cdn.county.example/ab/article.jpg", shaped.Cover["article"]);
        Assert.Equal($"https://news.county.example/articles/{shaped.Id}", shaped.Url);
    }

    [Fact]
    public async Task Shape_GivesNoCover_WithoutMediaLibrary()
    {
        var reader = new PublicArticleReader(new NoArticles(), [], Site);

        var shaped = await reader.ShapeAsync(Article(Guid.NewGuid()), CancellationToken.None);

        Assert.Null(shaped.Cover);
    }

    [Fact]
    public void Address_RejectsARelativeBase() =>
        Assert.Throws<InvalidOperationException>(() => new PublicSiteAddress("news.county.example"));

    private static PublishedArticle Article(Guid cover)
    {
        var id = Guid.NewGuid();
        var at = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
        return new PublishedArticle(id, Guid.NewGuid(), "要闻", "news", "标题", null, null, null, null, "<p>x</p>", cover, [], 1,
            new string('a', 64), at, at, $"/articles/{id}");
    }

    private sealed class StubMediaFiles(Guid mediaId, IReadOnlyDictionary<string, string> urls) : IMediaFiles
    {
        public Task<MediaFile?> OpenVariantAsync(Guid id, string variant, CancellationToken cancellationToken) => Task.FromResult<MediaFile?>(null);

        public Task<IReadOnlyDictionary<string, string>?> VariantUrlsAsync(Guid id, CancellationToken cancellationToken) =>
            Task.FromResult(id == mediaId ? urls : null);

        public Task<MediaFile?> OpenByUrlAsync(string url, CancellationToken cancellationToken) => Task.FromResult<MediaFile?>(null);
    }

    private sealed class NoArticles : IPublishedArticles
    {
        public Task<PublicArticleLookup> FindAsync(Guid articleId, CancellationToken cancellationToken) =>
            Task.FromResult(new PublicArticleLookup(PublicationState.Unknown, null));

        public Task<(IReadOnlyList<PublishedArticle> Items, int Total)> ListAsync(Guid? columnId, int page, int pageSize, CancellationToken cancellationToken) =>
            Task.FromResult<(IReadOnlyList<PublishedArticle>, int)>(([], 0));

        public Task<IReadOnlyList<PublicColumn>> ColumnsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PublicColumn>>([]);
    }
}
