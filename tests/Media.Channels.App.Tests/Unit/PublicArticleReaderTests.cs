using Media.Abstractions.Content;
using Media.Abstractions.Hosting;
using Media.Channels.App.Endpoints;
using Media.Channels.App.Tests.Infrastructure;

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
        var reader = new PublicArticleReader(new NoArticles(), new RecordedCorrections(), [files], [], Site);

        var shaped = await reader.ShapeAsync(Article(cover), CancellationToken.None);

        Assert.Equal("https://news.county.example/media/ab/thumb.jpg", shaped.Cover!["thumb"]);
        Assert.Equal("https://cdn.county.example/ab/article.jpg", shaped.Cover["article"]);
        Assert.Equal($"https://news.county.example/articles/{shaped.Id}", shaped.Url);
    }

    [Fact]
    public async Task Shape_GivesLibraryImagesUnderThePublicMediaBase_WhenOneIsConfigured()
    {
        var sha = new string('c', 64);
        var cover = Guid.NewGuid();
        var files = new StubMediaFiles(cover, new Dictionary<string, string>
        {
            ["thumb"] = $"/media/{sha}/thumb.jpg",
            ["thumb.webp"] = $"/media/{sha}/thumb.webp",
        });
        var media = new PublicMediaUrls("https://media-cdn.county.example/");
        var article = Article(cover) with { BodyHtml = $"<p><img src=\"/media/{sha}/article.jpg\" alt=\"桥\"></p>" };
        var reader = new PublicArticleReader(new NoArticles(), new RecordedCorrections(), [files], [media], Site);

        var shaped = await reader.ShapeAsync(article, CancellationToken.None);

        Assert.Equal($"https://media-cdn.county.example/variants/{sha}/thumb.jpg", shaped.Cover!["thumb"]);
        Assert.Equal($"https://media-cdn.county.example/variants/{sha}/thumb.webp", shaped.Cover["thumb.webp"]);
        Assert.Equal($"<p><img src=\"https://media-cdn.county.example/variants/{sha}/article.jpg\" alt=\"桥\"></p>", shaped.BodyHtml);
    }

    [Fact]
    public async Task Shape_GivesNoCover_WithoutMediaLibrary()
    {
        var reader = new PublicArticleReader(new NoArticles(), new RecordedCorrections(), [], [], Site);

        var shaped = await reader.ShapeAsync(Article(Guid.NewGuid()), CancellationToken.None);

        Assert.Null(shaped.Cover);
    }

    [Fact]
    public async Task Shape_CarriesTheArticlesCorrections_AndNoOthers()
    {
        var corrections = new RecordedCorrections();
        var article = Article(Guid.NewGuid());
        var at = new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero);
        corrections.Add(new CorrectionNotice(article.Id, "标题", article.Url, "日期有误", at, 1, 3));
        corrections.Add(new CorrectionNotice(Guid.NewGuid(), "别的稿件", "/articles/x", "别的更正", at, 1, 2));
        var reader = new PublicArticleReader(new NoArticles(), corrections, [], [], Site);

        var shaped = await reader.ShapeAsync(article, CancellationToken.None);

        Assert.Equal([new PublicArticleCorrection("日期有误", at)], shaped.Corrections);
    }

    [Fact]
    public async Task ListCorrections_MakesThePageUrlAbsolute_AndKeepsThePaging()
    {
        var corrections = new RecordedCorrections();
        var id = Guid.NewGuid();
        var at = new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero);
        corrections.Add(new CorrectionNotice(id, "标题", $"/articles/{id}", "日期有误", at, 1, 3));
        var reader = new PublicArticleReader(new NoArticles(), corrections, [], [], Site);

        var list = await reader.ListCorrectionsAsync(1, 20, CancellationToken.None);

        var item = Assert.Single(list.Items);
        Assert.Equal(new PublicCorrectionResponse(id, "标题", $"https://news.county.example/articles/{id}", "日期有误", at, 1, 3), item);
        Assert.Equal((1, 1, 20), (list.Total, list.Page, list.PageSize));
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

        public Task<PublicArticleLookup> FindByUrlAsync(string url, CancellationToken cancellationToken) =>
            Task.FromResult(new PublicArticleLookup(PublicationState.Unknown, null));

        public Task<IReadOnlyList<RelatedArticle>> RelatedAsync(PublishedArticle article, int max, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<RelatedArticle>>([]);

        public Task<(IReadOnlyList<PublishedArticle> Items, int Total)> ListAsync(Guid? columnId, int page, int pageSize, CancellationToken cancellationToken) =>
            Task.FromResult<(IReadOnlyList<PublishedArticle>, int)>(([], 0));

        public Task<IReadOnlyList<PublicColumn>> ColumnsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PublicColumn>>([]);

        public Task<IReadOnlyList<PublishedEntry>> EntriesAsync(int max, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PublishedEntry>>([]);
    }
}
