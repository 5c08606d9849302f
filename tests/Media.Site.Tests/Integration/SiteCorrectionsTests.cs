using System.Net;
using Media.Abstractions.Content;
using Media.Abstractions.Time;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Site.Tests.Integration;

/// <summary>Corrections (更正) on the public site, driven through the real API, review and publish (docs/lifecycle.md
/// §4): the published text stays live until the corrected one is published; then the article page shows the new text
/// with a dated 更正说明 and /corrections lists it — at once, although both pages were in the output cache.</summary>
public abstract class SiteCorrectionsTests(MediaAppFactory app)
{
    private const string Original = "县春耕生产动员会于3月11日召开。";
    private const string Corrected = "县春耕生产动员会于3月12日召开。";

    private readonly Newsroom newsroom = new(app);
    private readonly SiteDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task Correction_KeepsTheOriginalLiveInReview_ThenShowsTheNewTextAndAnEscapedDatedNote()
    {
        var (column, _) = await desk.ColumnAsync("要闻");
        var path = new CorrectionPath(newsroom);
        await path.PublishAsync(column, "春耕动员会召开 " + Suffix(), Original);
        var url = await desk.UrlOfAsync(path.Id);

        const string note = "原稿会议日期有误<script>alert('x')</script>，已更正为3月12日。";
        await path.OpenEditAndSubmitAsync(note, Corrected);
        // Rendered now (nothing cached it since the publish evicted it), and kept in the cache from here on.
        var inReviewResponse = await http.GetAsync(url);
        var inReview = await SiteDesk.ExpectPageAsync(inReviewResponse, 200);
        var listInReview = await SiteDesk.ExpectPageAsync(await http.GetAsync("/corrections"), 200);
        await path.SignOffAndPublishAsync();
        var after = await SiteDesk.ExpectPageAsync(await http.GetAsync(url), 200);
        var list = await SiteDesk.ExpectPageAsync(await http.GetAsync("/corrections"), 200);

        Assert.Null(inReviewResponse.Headers.Age);
        Assert.Contains(Original, inReview);
        Assert.DoesNotContain(Corrected, inReview);
        Assert.DoesNotContain("更正说明", inReview);
        Assert.DoesNotContain(url, listInReview);
        Assert.Contains(Corrected, after);
        Assert.DoesNotContain(Original, after);
        var notice = Assert.Single(await CorrectionsOfAsync(path.Id));
        const string escaped = "原稿会议日期有误&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;，已更正为3月12日。";
        Assert.Contains("<h2 id=\"corrections-heading\">更正说明</h2>", after);
        Assert.Contains($"<p class=\"correction-note\">{escaped}</p>", after);
        Assert.Contains($"<time datetime=\"{ChinaTime.Iso(notice.PublishedAt)}\">{ChinaTime.Long(notice.PublishedAt)}</time> 更正", after);
        Assert.True(after.IndexOf(Corrected, StringComparison.Ordinal) < after.IndexOf("更正说明", StringComparison.Ordinal),
            "The 更正说明 belongs at the foot of the article.");
        Assert.DoesNotContain("<script", after, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"<a href=\"{url}\">", list);
        Assert.Contains($"<p class=\"correction-note\">{escaped}</p>", list);
        Assert.DoesNotContain("<script", list, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Corrections_ListsNewestFirst_LinkedFromTheFooter()
    {
        var (column, _) = await desk.ColumnAsync("民生");
        var first = await CorrectedAsync(column, "自来水管网改造 " + Suffix(), "第一条更正：停水时间应为周二。");
        var second = await CorrectedAsync(column, "城区公交线路调整 " + Suffix(), "第二条更正：线路编号应为 5 路。");

        var home = await SiteDesk.ExpectPageAsync(await http.GetAsync("/"), 200);
        var html = await SiteDesk.ExpectPageAsync(await http.GetAsync("/corrections"), 200);

        Assert.Contains("<a href=\"/corrections\">更正</a>", home);
        Assert.Contains("<h1 class=\"page-title\">更正</h1>", html);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost:5080/corrections\">", html);
        var newer = html.IndexOf($"<a href=\"{await desk.UrlOfAsync(second.Id)}\">{second.Title}</a>", StringComparison.Ordinal);
        var older = html.IndexOf($"<a href=\"{await desk.UrlOfAsync(first.Id)}\">{first.Title}</a>", StringComparison.Ordinal);
        Assert.True(newer >= 0 && older >= 0, html);
        Assert.True(newer < older, "Newest correction first.");
        Assert.Contains("第二条更正：线路编号应为 5 路。", html);
        var at = (await CorrectionsOfAsync(second.Id)).Single().PublishedAt;
        Assert.Contains(ChinaTime.Long(at), html);
    }

    [Fact]
    public async Task Corrections_AnswersHeadLikeGet_AndRefusesBadPages()
    {
        var get = await http.GetAsync("/corrections");
        await SiteDesk.ExpectPageAsync(get, 200);
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/corrections"));
        using var headOfHome = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.OK, headOfHome.StatusCode);
        await SiteDesk.ExpectPageAsync(await http.GetAsync("/corrections?page=abc"), 404);
        await SiteDesk.ExpectPageAsync(await http.GetAsync("/corrections?page=0"), 404);
        await SiteDesk.ExpectPageAsync(await http.GetAsync("/corrections?page=500"), 404);
    }

    private async Task<(Guid Id, string Title)> CorrectedAsync(Guid column, string title, string note)
    {
        var path = new CorrectionPath(newsroom);
        await path.PublishAsync(column, title, Original);
        await path.OpenEditAndSubmitAsync(note, Corrected);
        await path.SignOffAndPublishAsync();
        return (path.Id, title);
    }

    private async Task<IReadOnlyList<CorrectionNotice>> CorrectionsOfAsync(Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPublishedCorrections>().ForArticleAsync(id, CancellationToken.None);
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];
}

public sealed class SiteCorrectionsTestsOnSqlite(SqliteMediaApp app) : SiteCorrectionsTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SiteCorrectionsTestsOnPostgreSql(PostgresMediaApp app) : SiteCorrectionsTests(app), IClassFixture<PostgresMediaApp>;
