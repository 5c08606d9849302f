using System.Net;
using System.Xml.Linq;
using Media.Abstractions.Time;
using Media.Site.Tests.Syndication;
using Media.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>/sitemap.xml and robots.txt (docs/http-api.md §4.11), the sitemap checked against the official schema.</summary>
public abstract class SiteMapTests(MediaAppFactory app)
{
    private static readonly XNamespace Ns = SitemapSchema.Namespace;

    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task Sitemap_IsValid_AndListsHomeColumnsAndPublishedArticlesWithLastmod_ButNotDraftsOrRetracted()
    {
        var (column, slug) = await desk.ColumnAsync("要闻");
        var id = await desk.PublishedAsync(column, "进站点地图的稿件 " + Suffix());
        var retracted = await desk.PublishedAsync(column, "撤下的稿件 " + Suffix());
        var retractedUrl = "http://localhost:5080" + await desk.UrlOfAsync(retracted);
        await desk.RetractAsync(retracted, column);
        var draft = await desk.DraftAsync(column, "草稿 " + Suffix());
        var article = await desk.FindPublishedAsync(id);

        var urls = await SitemapAsync();

        Assert.Contains("http://localhost:5080/", urls.Keys);
        Assert.Contains($"http://localhost:5080/columns/{slug}", urls.Keys);
        Assert.Equal(ChinaTime.W3c(article.PublishedAt), urls["http://localhost:5080" + article.Url]);
        Assert.Equal(ChinaTime.W3c(article.PublishedAt), urls[$"http://localhost:5080/columns/{slug}"]);
        Assert.EndsWith("+08:00", urls["http://localhost:5080" + article.Url]);
        Assert.DoesNotContain(retractedUrl, urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.Contains(draft.ToString("N")[^8..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_LastmodOfACorrectedArticle_IsWhenItsCorrectionWasPublished()
    {
        var (column, _) = await desk.ColumnAsync("民生");
        var path = new CorrectionPath(new Newsroom(app));
        await path.PublishAsync(column, "将被更正的稿件 " + Suffix(), "原来的正文。");
        var published = await desk.FindPublishedAsync(path.Id);
        await path.OpenEditAndSubmitAsync("日期有误，已更正。", "更正后的正文。");
        await path.SignOffAndPublishAsync();
        var correction = Assert.Single(await desk.CorrectionsOfAsync(path.Id));

        var urls = await SitemapAsync();

        Assert.True(correction.PublishedAt > published.PublishedAt);
        Assert.Equal(ChinaTime.W3c(correction.PublishedAt), urls["http://localhost:5080" + published.Url]);
    }

    [Fact]
    public async Task Sitemap_AnswersHeadLikeGet_AndRevalidatesWithItsETag()
    {
        var get = await http.GetAsync("/sitemap.xml");
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/sitemap.xml"));
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        revalidate.Headers.IfNoneMatch.Add(get.Headers.ETag!);
        var notModified = await http.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/xml; charset=utf-8", head.Content.Headers.ContentType?.ToString());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Robots_PointsAtTheSitemap_AndKeepsCrawlersOutOfTheNewsroom()
    {
        var response = await http.GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split('\n');
        Assert.Contains("Sitemap: http://localhost:5080/sitemap.xml", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Equal("User-agent: *", lines[0]);
    }

    /// <summary>The sitemap's URLs and their lastmod (empty when none), after validating it against the schema.</summary>
    private async Task<Dictionary<string, string>> SitemapAsync()
    {
        var response = await http.GetAsync("/sitemap.xml");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var document = SitemapSchema.Validate(body);
        return document.Root!.Elements(Ns + "url").ToDictionary(u => (string)u.Element(Ns + "loc")!, u => (string?)u.Element(Ns + "lastmod") ?? "");
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];
}

public sealed class SiteMapTestsOnSqlite(SqliteMediaApp app) : SiteMapTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SiteMapTestsOnPostgreSql(PostgresMediaApp app) : SiteMapTests(app), IClassFixture<PostgresMediaApp>;
