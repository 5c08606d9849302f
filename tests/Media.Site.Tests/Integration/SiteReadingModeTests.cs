using System.Net;
using Media.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>The 大字模式 switch and its cookie (docs/architecture.md §8.1): local return paths only, and the output cache
/// never hands one reader's mode to another.</summary>
public abstract class SiteReadingModeTests(MediaAppFactory app)
{
    private const string LargeCookie = "media-reading=large";

    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task SwitchingOn_SetsTheCookie_AndSendsTheReaderBackToThePage()
    {
        var (_, slug) = await desk.ColumnAsync("民生");

        var response = await http.GetAsync($"/reading-mode?return={Uri.EscapeDataString($"/columns/{slug}?page=2")}&on=1");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"/columns/{slug}?page=2", response.Headers.Location?.OriginalString);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(LargeCookie + ";", cookie);
        Assert.Contains("max-age=31536000", cookie);
        Assert.Contains("path=/", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("httponly", cookie);
    }

    [Fact]
    public async Task SwitchingOff_ClearsTheCookie()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/reading-mode?on=0&return=/corrections");
        request.Headers.Add("Cookie", LargeCookie);

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/corrections", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("media-reading=;", cookie);
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("http:/evil.example")]
    [InlineData("evil.example")]
    [InlineData("/ok\r\nSet-Cookie: x=1")]
    [InlineData("/新闻")]
    [InlineData("")]
    public async Task ReturnPath_ThatIsNotLocal_SendsTheReaderHome(string target)
    {
        var response = await http.GetAsync($"/reading-mode?on=1&return={Uri.EscapeDataString(target)}");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Pages_RenderTheModeFromTheCookie_AndTheCacheKeepsTheModesApart()
    {
        var (column, slug) = await desk.ColumnAsync("读者");
        var id = await desk.PublishedAsync(column, "大字模式下的稿件 " + Guid.NewGuid().ToString("N")[..6]);
        var url = await desk.UrlOfAsync(id);

        foreach (var path in new[] { "/", $"/columns/{slug}", url })
        {
            // Standard first, so it is in the cache when the large-text reader comes; then the other way round.
            var standard = await SiteDesk.ExpectPageAsync(await http.GetAsync(path), 200);
            var large = await SiteDesk.ExpectPageAsync(await GetWithCookieAsync(path), 200);
            var largeAgain = await GetWithCookieAsync(path);
            var standardAgain = await http.GetAsync(path);

            Assert.Contains("<html lang=\"zh-CN\" itemscope", standard);
            Assert.Contains("<button type=\"submit\" name=\"on\" value=\"1\" aria-pressed=\"false\">大字模式</button>", standard);
            Assert.Contains("<html lang=\"zh-CN\" class=\"large-text\" itemscope", large);
            Assert.Contains("<button type=\"submit\" name=\"on\" value=\"1\" aria-pressed=\"true\">大字模式</button>", large);
            Assert.Contains("class=\"large-text\"", await SiteDesk.ExpectPageAsync(largeAgain, 200));
            Assert.DoesNotContain("large-text", await SiteDesk.ExpectPageAsync(standardAgain, 200));
            Assert.NotNull(largeAgain.Headers.Age); // both modes are served from the cache, each under its own key
            Assert.NotNull(standardAgain.Headers.Age);
            Assert.NotEqual(largeAgain.Headers.ETag, standardAgain.Headers.ETag);
            Assert.Contains("Cookie", standardAgain.Headers.Vary); // so a browser or proxy keeps them apart too
        }
    }

    [Fact]
    public async Task EachPage_SendsTheSwitchBackToItsOwnAddress_WithoutStrayQueries()
    {
        var (column, slug) = await desk.ColumnAsync("政务");
        for (var i = 0; i < 21; i++) await desk.PublishedAsync(column, $"第 {i} 篇");

        var page2 = await SiteDesk.ExpectPageAsync(await http.GetAsync($"/columns/{slug}?page=2&utm=x"), 200);
        var search = await SiteDesk.ExpectPageAsync(await http.GetAsync("/search?q=%E4%BC%9A%E8%AE%AE&page=1"), 200);

        Assert.Contains($"<input type=\"hidden\" name=\"return\" value=\"/columns/{slug}?page=2\">", page2);
        Assert.Contains("<form class=\"reading-mode\" action=\"/reading-mode\" method=\"get\" aria-label=\"阅读模式\">", page2);
        Assert.Contains("<input type=\"hidden\" name=\"return\" value=\"/search?q=%E4%BC%9A%E8%AE%AE&amp;page=1\">", search);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", "other=1; " + LargeCookie);
        return await http.SendAsync(request);
    }
}

public sealed class SiteReadingModeTestsOnSqlite(SqliteMediaApp app) : SiteReadingModeTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SiteReadingModeTestsOnPostgreSql(PostgresMediaApp app) : SiteReadingModeTests(app), IClassFixture<PostgresMediaApp>;
