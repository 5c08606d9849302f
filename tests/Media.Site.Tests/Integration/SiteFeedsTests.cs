using System.Net;
using System.Xml.Linq;
using Media.Abstractions.Content;
using Media.Abstractions.Time;
using Media.Site.Tests.Syndication;
using Media.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>The RSS 2.0 feeds of the site and of a column (docs/http-api.md §4.11).</summary>
public abstract class SiteFeedsTests(MediaAppFactory app)
{
    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task SiteFeed_ListsPublishedArticle_WithAbsolutePermalinkRfc822DateAndEscapedSummary()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var title = "春耕 <动员> & 部署 " + Suffix();
        const string summary = "摘要含 <b>标记</b> & \"引号\"";
        var id = await desk.PublishedAsync(column, title, summary: summary);
        var draft = await desk.DraftAsync(column, "未发布的草稿 " + Suffix());
        var article = await desk.FindPublishedAsync(id);

        var (body, feed) = await FeedAsync("/feed.xml");

        var channel = feed.Root!.Element("channel")!;
        Assert.Equal("县融媒体中心", (string?)channel.Element("title"));
        Assert.Equal("http://localhost:5080/", (string?)channel.Element("link"));
        var link = "http://localhost:5080" + article.Url;
        var item = channel.Elements("item").Single(i => (string?)i.Element("link") == link);
        Assert.Equal(title, (string?)item.Element("title"));
        Assert.Equal(link, (string?)item.Element("guid"));
        Assert.Equal("true", (string?)item.Element("guid")!.Attribute("isPermaLink"));
        Assert.Equal(summary, (string?)item.Element("description"));
        var pubDate = (string)item.Element("pubDate")!;
        Assert.EndsWith(" +0800", pubDate);
        Assert.Equal(ChinaTime.Rfc822(article.PublishedAt), pubDate);
        Assert.Equal(article.PublishedAt.ToUnixTimeSeconds(), RssStructure.ParseRfc822(pubDate).ToUnixTimeSeconds());
        var raw = System.Text.Encoding.UTF8.GetString(body);
        Assert.Contains("摘要含 &lt;b&gt;标记&lt;/b&gt; &amp; \"引号\"", raw);
        Assert.DoesNotContain("<b>", raw);
        Assert.DoesNotContain("未发布的草稿", raw);
        Assert.DoesNotContain(draft.ToString("N")[^8..], raw);
    }

    [Fact]
    public async Task ColumnFeed_HasTheNewest50OfItsColumn_NewestFirst()
    {
        var (column, slug) = await desk.ColumnAsync("乡村振兴");
        var (other, _) = await desk.ColumnAsync("政务");
        var ids = new List<Guid>();
        for (var i = 0; i < 51; i++)
        {
            var id = await desk.DraftAsync(column, $"第{i}篇 " + Suffix(), summary: $"摘要{i}");
            await PublishedArticleSeeder.PublishAsync(app, id);
            ids.Add(id);
        }
        var elsewhere = await desk.PublishedAsync(other, "别的栏目 " + Suffix());
        await desk.RaiseAsync(ids[^1], column, EditorialStatus.Published);

        var (body, feed) = await FeedAsync($"/{slug}/feed.xml");

        var channel = feed.Root!.Element("channel")!;
        Assert.Equal("乡村振兴 - 县融媒体中心", (string?)channel.Element("title"));
        Assert.Equal($"http://localhost:5080/columns/{slug}", (string?)channel.Element("link"));
        var links = channel.Elements("item").Select(i => (string?)i.Element("link")).ToList();
        var expected = new List<string?>();
        foreach (var id in ids.AsEnumerable().Reverse().Take(50)) expected.Add("http://localhost:5080" + await desk.UrlOfAsync(id));
        Assert.Equal(expected, links);
        var dates = channel.Elements("item").Select(i => RssStructure.ParseRfc822((string)i.Element("pubDate")!)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.DoesNotContain(elsewhere.ToString(), System.Text.Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task ColumnFeed_Returns404_ForUnknownColumn()
    {
        var response = await http.GetAsync("/no-such-column/feed.xml");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_OfferTheSiteFeed_AndColumnAndArticlePagesTheirColumnsFeed()
    {
        var (column, slug) = await desk.ColumnAsync("民生");
        var id = await desk.PublishedAsync(column, "有订阅链接的稿件 " + Suffix());
        var siteFeed = "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"县融媒体中心\" href=\"/feed.xml\">";
        var columnFeed = $"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"民生 - 县融媒体中心\" href=\"/{slug}/feed.xml\">";

        var home = await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200);
        var columnPage = await SiteDesk.ExpectPageAsync(await http.GetAsync($"/columns/{slug}"), 200);
        var articlePage = await SiteDesk.ExpectPageAsync(await http.GetAsync(await desk.UrlOfAsync(id)), 200);

        Assert.Contains(siteFeed, home);
        Assert.DoesNotContain("/feed.xml\">", home.Replace(siteFeed, ""));
        Assert.Contains(siteFeed, columnPage);
        Assert.Contains(columnFeed, columnPage);
        Assert.Contains(siteFeed, articlePage);
        Assert.Contains(columnFeed, articlePage);
    }

    [Fact]
    public async Task Feeds_AnswerHead_LikeGet_AndRevalidateWithTheirETag()
    {
        var (column, slug) = await desk.ColumnAsync("文旅");
        await desk.PublishedAsync(column, "HEAD 也能读 " + Suffix());

        foreach (var path in new[] { "/feed.xml", $"/{slug}/feed.xml" })
        {
            var get = await http.GetAsync(path);
            using var headRequest = new HttpRequestMessage(HttpMethod.Head, path);
            var head = await http.SendAsync(headRequest);
            using var revalidate = new HttpRequestMessage(HttpMethod.Get, path);
            revalidate.Headers.IfNoneMatch.Add(get.Headers.ETag!);
            var notModified = await http.SendAsync(revalidate);

            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal("application/rss+xml; charset=utf-8", head.Content.Headers.ContentType?.ToString());
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
    }

    private async Task<(byte[] Body, XDocument Feed)> FeedAsync(string path)
    {
        var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new Xunit.Sdk.XunitException($"{path}: HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        Assert.Equal("application/rss+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return (body, RssStructure.Validate(body));
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];
}

public sealed class SiteFeedsTestsOnSqlite(SqliteMediaApp app) : SiteFeedsTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SiteFeedsTestsOnPostgreSql(PostgresMediaApp app) : SiteFeedsTests(app), IClassFixture<PostgresMediaApp>;
