using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using Media.Abstractions.Time;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Data;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Site.Tests.Integration;

/// <summary>Readable, stable article addresses (docs/http-api.md §4.14): <c>/{column}/{yyyy}/{MM}/{dd}/{shortId}.html</c>
/// everywhere an article is linked, <c>301</c> from <c>/articles/{id}</c>, <c>410</c> once retracted, unchanged by a
/// correction or a column's new slug.</summary>
public abstract class SiteAddressesTests(MediaAppFactory app)
{
    private readonly SiteDesk desk = new(app);
    private readonly Newsroom newsroom = new(app);
    private readonly HttpClient http = app.CreateClient();
    private readonly HttpClient noRedirects = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Address_IsColumnBeijingDateAndShortId_AndTheOldAddressAnswers301()
    {
        var (column, slug) = await desk.ColumnAsync("法治");
        var title = "县法院开展宪法宣传周活动 " + Suffix();
        var id = await desk.PublishedAsync(column, title);
        var article = await desk.FindPublishedAsync(id);

        var day = ChinaTime.ToBeijing(article.PublishedAt);
        var expected = string.Create(CultureInfo.InvariantCulture, $"/{slug}/{day:yyyy}/{day:MM}/{day:dd}/{id.ToString("N")[^8..]}.html");
        Assert.Equal(expected, article.Url);
        Assert.Contains($"<h1>{title}</h1>", await SiteDesk.ExpectPageAsync(await http.GetAsync(expected), 200));

        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var request = new HttpRequestMessage(method, $"/articles/{id}");
            var moved = await noRedirects.SendAsync(request);
            Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
            Assert.Equal(expected, moved.Headers.Location?.OriginalString);
        }
        await SiteDesk.ExpectPageAsync(await noRedirects.GetAsync(expected.Replace(".html", "0.html", StringComparison.Ordinal)), 404);
    }

    [Fact]
    public async Task EveryLink_UsesTheReadableAddress_HomeColumnFeedsSitemapAndReadApi()
    {
        var (column, slug) = await desk.ColumnAsync("政务");
        var id = await desk.PublishedAsync(column, "政务公开目录更新 " + Suffix());
        var url = await desk.UrlOfAsync(id);
        var absolute = "http://localhost:5080" + url;

        foreach (var page in new[] { "/", $"/columns/{slug}" })
        {
            var links = Links(await SiteDesk.ExpectPageAsync(await http.GetAsync(page), 200));
            Assert.Contains(url, links);
            Assert.DoesNotContain(links, l => l.Contains(id.ToString(), StringComparison.Ordinal));
        }
        foreach (var feed in new[] { "/feed.xml", $"/{slug}/feed.xml", "/sitemap.xml" })
        {
            var xml = await http.GetStringAsync(feed);
            Assert.Contains($">{absolute}<", xml);
            Assert.DoesNotContain($"/articles/{id}", xml);
        }
        var read = await http.GetStringAsync($"/api/public/articles/{id}");
        Assert.Contains($"\"url\":\"{absolute}\"", read);
    }

    [Fact]
    public async Task Address_StaysTheSame_ThroughACorrectionAndANewColumnSlug_AndItsPageIsEvicted()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var path = new CorrectionPath(newsroom);
        await path.PublishAsync(column, "县城供水管网改造 " + Suffix(), "改造工程将于4月1日完工。");
        var url = await desk.UrlOfAsync(path.Id);
        await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 200); // now in the output cache

        await RenameColumnSlugAsync(column, "renamed-" + Suffix());
        await path.OpenEditAndSubmitAsync("完工日期有误，已更正。", "改造工程将于4月15日完工。");
        await path.SignOffAndPublishAsync();

        Assert.Equal(url, await desk.UrlOfAsync(path.Id));
        var html = await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 200);
        Assert.Contains("4月15日完工", html);
        Assert.Contains("完工日期有误", html);
    }

    [Fact]
    public async Task RetractedArticle_Answers410AtItsAddress_EvenWhenItsPageWasCached()
    {
        var (column, _) = await desk.ColumnAsync("民生");
        var id = await desk.PublishedAsync(column, "将被撤下的民生稿件 " + Suffix());
        var url = await desk.UrlOfAsync(id);
        await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 200);
        Assert.NotNull((await http.GetAsync(url)).Headers.Age); // served from the output cache

        await desk.RetractAsync(id, column);

        var gone = await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 410);
        Assert.Contains("<h1>已撤稿</h1>", gone);
        Assert.DoesNotContain("将被撤下的民生稿件", gone);
        var moved = await noRedirects.GetAsync($"/articles/{id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal(url, moved.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ShortId_GrowsToTwelveDigits_WhenAnotherPieceHoldsTheEightDigitAddress()
    {
        var (column, slug) = await desk.ColumnAsync("文化");
        var holder = await desk.DraftAsync(column, "占位稿件");
        var id = await desk.DraftAsync(column, "后发稿件");
        var at = new DateTimeOffset(2026, 3, 12, 17, 30, 0, TimeSpan.Zero); // 3月13日 01:30 in Beijing
        var taken = $"/{slug}/2026/03/13/{id.ToString("N")[^8..]}.html";

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        (await db.Set<Article>().SingleAsync(a => a.Id == holder)).PublishedUrl = taken;
        await db.SaveChangesAsync();
        var article = await db.Set<Article>().SingleAsync(a => a.Id == id);
        (article.PublishedVersion, article.PublishedAt) = (article.CurrentVersion, at);
        await ArticleUrls.AssignAsync(db, article, CancellationToken.None);

        Assert.Equal($"/{slug}/2026/03/13/{id.ToString("N")[^12..]}.html", article.PublishedUrl);
    }

    private async Task RenameColumnSlugAsync(Guid columnId, string slug)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        (await db.Set<Column>().SingleAsync(c => c.Id == columnId)).Slug = slug;
        await db.SaveChangesAsync();
    }

    private static List<string> Links(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];
}

public sealed class SiteAddressesTestsOnSqlite(SqliteMediaApp app) : SiteAddressesTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SiteAddressesTestsOnPostgreSql(PostgresMediaApp app) : SiteAddressesTests(app), IClassFixture<PostgresMediaApp>;
