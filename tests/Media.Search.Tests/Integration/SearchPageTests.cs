using System.Net;
using Media.Testing;

namespace Media.Search.Tests.Integration;

/// <summary>The site's search page and the header's search box (docs/search.md §6), over real HTTP.</summary>
public abstract class SearchPageTests(MediaAppFactory app)
{
    private readonly SearchDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task SearchPage_ListsHighlightedEscapedSnippets_WithTheCountAndLinks()
    {
        var column = await desk.ColumnAsync("民生");
        var marker = SearchDesk.Unique();
        var id = await desk.PublishedAsync(column, $"菜市场改造完工 {marker}", "改造后的菜市场有<b>120</b>个摊位，蘑菇 & 青菜都有。");

        var response = await http.GetAsync($"/search?q={Uri.EscapeDataString("蘑菇 " + marker)}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("找到 1 篇与“蘑菇 " + marker + "”相关的稿件", html);
        Assert.Contains($"<a href=\"{await PublishedArticleSeeder.UrlOfAsync(app, id)}\">菜市场改造完工 {marker}</a>", html);
        Assert.Contains("<em>蘑菇</em>", html);
        Assert.Contains("&amp;", html);
        Assert.DoesNotContain("<b>120</b>", html);
        Assert.Contains("<label for=\"search-page-q\">搜索稿件</label>", html);
        Assert.Contains("<main", html);
        Assert.Contains("role=\"search\"", html);
    }

    [Fact]
    public async Task SearchPage_SaysNothingWasFound_AndEscapesTheQuery()
    {
        var html = await (await http.GetAsync("/search?q=" + Uri.EscapeDataString("<script>不存在的词语zzqx</script>"))).Content.ReadAsStringAsync();

        Assert.Contains("没有找到与“&lt;script&gt;不存在的词语zzqx&lt;/script&gt;”相关的稿件。", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task SearchPage_PagesThroughTheResults()
    {
        var column = await desk.ColumnAsync();
        var marker = SearchDesk.Unique();
        for (var i = 0; i < 11; i++) await desk.PublishedAsync(column, $"红薯收购 {marker}", "红薯收购价格稳定。");
        var q = Uri.EscapeDataString($"红薯 {marker}");

        var first = await (await http.GetAsync($"/search?q={q}")).Content.ReadAsStringAsync();
        var second = await (await http.GetAsync($"/search?q={q}&page=2")).Content.ReadAsStringAsync();

        Assert.Contains("找到 11 篇", first);
        Assert.Contains($"<a rel=\"next\" href=\"/search?q={q}&amp;page=2\">下一页</a>", first);
        Assert.Contains("第 1 / 2 页", first);
        Assert.Contains($"<a rel=\"prev\" href=\"/search?q={q}&amp;page=1\">上一页</a>", second);
        Assert.Equal(10, CountOf(first, "class=\"search-result\""));
        Assert.Equal(1, CountOf(second, "class=\"search-result\""));
    }

    [Fact]
    public async Task SearchPage_DropsARetractedArticle_AtOnce()
    {
        var column = await desk.ColumnAsync();
        var marker = SearchDesk.Unique();
        var id = await desk.PublishedAsync(column, $"冬季取暖安全提示 {marker}", "注意取暖安全。");
        var url = $"/search?q={Uri.EscapeDataString("取暖 " + marker)}";
        var address = await PublishedArticleSeeder.UrlOfAsync(app, id);
        Assert.Contains(address!, await http.GetStringAsync(url));

        await PublishedArticleSeeder.RetractAsync(app, id);
        await desk.RaiseAsync(id, column, Media.Abstractions.Content.EditorialStatus.Retracted);

        Assert.DoesNotContain(address!, await http.GetStringAsync(url));
    }

    [Fact]
    public async Task SearchPage_AnswersHead_AsGet()
    {
        using var get = await http.GetAsync("/search?q=县城");
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/search?q=县城"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal("no-cache", head.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/search?q=县城&page=0")]
    [InlineData("/search?q=县城&page=abc")]
    [InlineData("/search?q=县城&page=101")]
    public async Task SearchPage_Returns400_WithAMessage_ForABadPage(string url)
    {
        var response = await http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("页码须在 1 到 100 之间。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryPage_HasALabelledSearchBox_InTheHeader()
    {
        var home = await http.GetStringAsync("/");
        var empty = await http.GetAsync("/search");

        Assert.Contains("<form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\" aria-label=\"站内搜索\">", home);
        Assert.Contains("<label class=\"visually-hidden\" for=\"site-search-q\">搜索稿件</label>", home);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.DoesNotContain("没有找到", await empty.Content.ReadAsStringAsync());
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

public sealed class SearchPageTestsOnSqlite(SqliteMediaApp app) : SearchPageTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SearchPageTestsOnPostgreSql(PostgresMediaApp app) : SearchPageTests(app), IClassFixture<PostgresMediaApp>;
