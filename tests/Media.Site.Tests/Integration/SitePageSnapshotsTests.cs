using System.Net;
using System.Net.Http.Headers;
using Media.Site.Caching;
using Media.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Site.Tests.Integration;

/// <summary>The node's copies of the public pages, answered before routing and the output cache
/// (docs/http-api.md §4.11).</summary>
public abstract class SitePageSnapshotsTests(MediaAppFactory app)
{
    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    /// <summary>Another node's eviction empties the shared output cache but not this node's copy: the copy answers until
    /// it expires (the bound on how late another node sees a change), then the page is rendered afresh.</summary>
    [Fact]
    public async Task Copy_AnswersAfterTheSharedCacheIsEvicted_UntilItExpires()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var id = await desk.PublishedAsync(column, "快照中的稿件");
        var url = await desk.UrlOfAsync(id);
        await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 200);
        var cached = await http.GetAsync(url); // from the output cache, copied
        await SiteDesk.ExpectPageAsync(cached, 200);
        await PublishedArticleSeeder.RetractAsync(app, id);
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(SiteCacheTags.Site, CancellationToken.None);

        var copy = await http.GetAsync(url);
        Assert.Contains("快照中的稿件", await SiteDesk.ExpectPageAsync(copy, 200));
        Assert.NotNull(copy.Headers.Age);
        Assert.Equal(cached.Headers.ETag, copy.Headers.ETag);
        Assert.Equal(cached.Content.Headers.ContentLength, copy.Content.Headers.ContentLength);
        Assert.Equal(string.Join(";", cached.Headers.GetValues("Content-Security-Policy")),
            string.Join(";", copy.Headers.GetValues("Content-Security-Policy")));

        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        var gone = await http.GetAsync(url);
        Assert.Contains("已撤稿", await SiteDesk.ExpectPageAsync(gone, 410));
        Assert.Null(gone.Headers.Age);
    }

    [Fact]
    public async Task Copy_Answers304_Head_AndCompressedBytes_AsTheOutputCacheDoes()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var url = await desk.UrlOfAsync(await desk.PublishedAsync(column, "快照的协议细节"));
        using var gzip = new HttpRequestMessage(HttpMethod.Get, url);
        gzip.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var plain = await http.GetAsync(url);
        await http.GetAsync(url);
        var compressed = await http.SendAsync(gzip);
        using var gzipAgain = new HttpRequestMessage(HttpMethod.Get, url);
        gzipAgain.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        await http.SendAsync(gzipAgain);
        using var gzipCopy = new HttpRequestMessage(HttpMethod.Get, url);
        gzipCopy.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var fromCopy = await http.SendAsync(gzipCopy);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        var notModified = await http.SendAsync(revalidate);
        var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        var headAgain = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(["gzip"], fromCopy.Content.Headers.ContentEncoding);
        Assert.NotNull(fromCopy.Headers.Age);
        Assert.Equal(await compressed.Content.ReadAsByteArrayAsync(), await fromCopy.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(plain.Headers.ETag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, headAgain.StatusCode);
        Assert.Empty(await headAgain.Content.ReadAsByteArrayAsync());
        Assert.Equal(plain.Content.Headers.ContentLength, headAgain.Content.Headers.ContentLength);
        Assert.Equal(head.Headers.ETag, headAgain.Headers.ETag);
    }

    [Fact]
    public async Task Copy_IsEmptied_ByAPublicationChangeOnThisNode()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200);
        await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200); // copied

        var id = await desk.PublishedAsync(column, "刚刚发布 " + Guid.NewGuid().ToString("N")[..6]);
        var home = await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200);

        Assert.Contains(await desk.UrlOfAsync(id), home);
    }
}

public sealed class SitePageSnapshotsTestsOnSqlite(SqliteMediaApp app) : SitePageSnapshotsTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SitePageSnapshotsTestsOnPostgreSql(PostgresMediaApp app) : SitePageSnapshotsTests(app), IClassFixture<PostgresMediaApp>;
