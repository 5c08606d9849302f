using System.Diagnostics;
using System.Text;
using Media.Site.Tests.Syndication;
using Media.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>Feeds and the sitemap follow publication within 2 s (docs/architecture.md §4.2), through the real API:
/// with all three in the output cache, a piece signed off and published appears in the site feed, its column's feed
/// and the sitemap, and once retracted disappears from all three.</summary>
public abstract class SiteSyndicationEvictionTests(MediaAppFactory app)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    private readonly Newsroom newsroom = new(app);
    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task PublishedArticle_AppearsInFeedsAndSitemapWithin2s_AndRetractedOneLeavesThemWithin2s()
    {
        var (column, slug) = await desk.ColumnAsync("要闻");
        var (signed, leader) = await SignOffPath.SignedOffAsync(newsroom, column, "速报：县城新桥通车 " + Guid.NewGuid().ToString("N")[..6]);
        var id = signed.GetProperty("id").GetGuid();
        // Its address is given when it goes out; its end is the id's last eight hex digits (docs/http-api.md §4.14).
        var link = $"/{id.ToString("N")[^8..]}.html";
        string[] paths = ["/feed.xml", $"/{slug}/feed.xml", "/sitemap.xml"];
        foreach (var path in paths) Assert.DoesNotContain(link, await ReadAsync(path));
        foreach (var path in paths) Assert.NotNull((await http.GetAsync(path)).Headers.Age); // all three served from the cache

        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);
        var published = Stopwatch.StartNew();
        foreach (var path in paths) await WaitAsync(path, published, body => body.Contains(link, StringComparison.Ordinal), "appear");

        await leader.PostJsonAsync($"/api/articles/{id}/retract", new { reason = "核实中，暂时撤下" }, 202);
        var retracted = Stopwatch.StartNew();
        foreach (var path in paths) await WaitAsync(path, retracted, body => !body.Contains(link, StringComparison.Ordinal), "disappear");
    }

    private async Task WaitAsync(string path, Stopwatch since, Func<string, bool> done, string what)
    {
        while (true)
        {
            if (done(await ReadAsync(path))) return;
            if (since.Elapsed > Within) throw new Xunit.Sdk.XunitException($"The article did not {what} in {path} within {Within.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>The document, checked as the feeds and the sitemap must be.</summary>
    private async Task<string> ReadAsync(string path)
    {
        var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        if (path == "/sitemap.xml") SitemapSchema.Validate(body);
        else RssStructure.Validate(body);
        return Encoding.UTF8.GetString(body);
    }
}

public sealed class SiteSyndicationEvictionTestsOnSqlite(SqliteMediaApp app) : SiteSyndicationEvictionTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SiteSyndicationEvictionTestsOnPostgreSql(PostgresMediaApp app) : SiteSyndicationEvictionTests(app), IClassFixture<PostgresMediaApp>;
