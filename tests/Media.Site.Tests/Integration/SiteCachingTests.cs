using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Media.Abstractions.Content;
using Media.Testing;

namespace Media.Site.Tests.Integration;

public abstract partial class SiteCachingTests(MediaAppFactory app)
{
    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task Article_IsServedFromCache_UntilRetractionEventEvictsIt()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var id = await desk.PublishedAsync(column, "缓存中的稿件");
        var url = await desk.UrlOfAsync(id);
        var first = await http.GetAsync(url);
        await SiteDesk.ExpectPageAsync(first, 200);

        // The row changes behind the cache's back (no event yet): the cached page is still served.
        await PublishedArticleSeeder.RetractAsync(app, id);
        var cached = await http.GetAsync(url);
        Assert.Contains("缓存中的稿件", await SiteDesk.ExpectPageAsync(cached, 200));
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(first.Headers.ETag, cached.Headers.ETag);

        await desk.RaiseAsync(id, column, EditorialStatus.Retracted);

        var gone = await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 410);
        Assert.Contains("已撤稿", gone);
    }

    [Fact]
    public async Task Home_ShowsNewArticle_OnlyAfterPublicationEvent()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200);
        var id = await desk.DraftAsync(column, "刚刚发布的稿件 " + Guid.NewGuid().ToString("N")[..6]);
        await PublishedArticleSeeder.PublishAsync(app, id);
        var url = await desk.UrlOfAsync(id);

        var stale = await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200);
        await desk.RaiseAsync(id, column, EditorialStatus.Published);
        var fresh = await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200);

        Assert.DoesNotContain(url, stale);
        Assert.Contains(url, fresh);
    }

    [Fact]
    public async Task Article_Returns304_WhenIfNoneMatchHasItsETag()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var id = await desk.PublishedAsync(column, "带 ETag 的稿件");
        var url = await desk.UrlOfAsync(id);
        var first = await http.GetAsync(url);
        await SiteDesk.ExpectPageAsync(first, 200);
        var etag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException("No ETag on the article page.");

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(etag);
        var notModified = await http.SendAsync(revalidate);
        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
        var changed = await http.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task Pages_CarryCachingAndSecurityHeaders()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var id = await desk.PublishedAsync(column, "看响应头的稿件");

        var response = await http.GetAsync(await desk.UrlOfAsync(id));
        await SiteDesk.ExpectPageAsync(response, 200);

        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Equal("strict-origin-when-cross-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Stylesheet_IsServedAtVersionedUrl_WithLongCache()
    {
        var home = await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200);
        var href = StylesheetLink().Match(home).Groups["href"].Value;

        var response = await http.GetAsync(href);

        Assert.StartsWith("/theme/county.css?v=", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("font-family", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\">")]
    private static partial Regex StylesheetLink();
}

public sealed class SiteCachingTestsOnSqlite(SqliteMediaApp app) : SiteCachingTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SiteCachingTestsOnPostgreSql(PostgresMediaApp app) : SiteCachingTests(app), IClassFixture<PostgresMediaApp>;
