using System.Net;
using System.Text.Json;
using Media.Testing;

namespace Media.Search.Tests.Integration;

/// <summary>The public search API's results (docs/http-api.md §4.12, docs/search.md §4–5): ranking, paging, snippets and
/// the answers to bad input.</summary>
public abstract class SearchResultsTests(MediaAppFactory app)
{
    private readonly SearchDesk desk = new(app);
    private readonly HttpClient http = app.CreateClient();

    [Fact]
    public async Task Search_RanksATitleMatchAboveABodyMatch_EvenWhenTheBodyMatchIsNewer()
    {
        var column = await desk.ColumnAsync();
        var inTitle = await desk.PublishedAsync(column, "樱桃节开幕 " + SearchDesk.Unique(), "全县各乡镇的游客来到现场参观采摘。");
        var inBody = await desk.PublishedAsync(column, "乡村旅游持续升温 " + SearchDesk.Unique(), "游客来到现场参观，品尝新鲜樱桃。");

        var ids = SearchDesk.Ids(await desk.SearchAsync("樱桃"));

        Assert.Equal([inTitle, inBody], ids.Where(id => id == inTitle || id == inBody));
    }

    [Fact]
    public async Task Search_ShapesEachItem_WithAnAbsoluteUrlTheColumnAndTheTime()
    {
        var column = await desk.ColumnAsync("民生");
        var id = await desk.PublishedAsync(column, "城区新增公共停车位 " + SearchDesk.Unique(), "城区新增停车位三百个，缓解停车难。");

        var results = await desk.SearchAsync("停车位");
        var item = results.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);

        Assert.StartsWith("城区新增公共停车位", item.GetProperty("title").GetString());
        Assert.Equal($"http://localhost:5080{await PublishedArticleSeeder.UrlOfAsync(app, id)}", item.GetProperty("url").GetString());
        Assert.Equal("民生", item.GetProperty("column").GetString());
        Assert.True(item.GetProperty("publishedAt").GetDateTimeOffset() > DateTimeOffset.MinValue);
        Assert.Equal(1, results.GetProperty("page").GetInt32());
        Assert.Equal(10, results.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Search_PagesThroughTheResults_NewestFirstAmongEquals()
    {
        var column = await desk.ColumnAsync();
        var word = "核桃";
        var marker = SearchDesk.Unique();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(await desk.PublishedAsync(column, $"山区特产 {marker}", $"{word}丰收。"));

        var first = await desk.SearchAsync($"{word} {marker}", page: 1, pageSize: 2);
        var second = await desk.SearchAsync($"{word} {marker}", page: 2, pageSize: 2);

        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal([ids[2], ids[1], ids[0]], SearchDesk.Ids(first).Concat(SearchDesk.Ids(second)));
    }

    [Fact]
    public async Task Snippet_EscapesTheText_AndMarksTheMatchedWords()
    {
        var column = await desk.ColumnAsync();
        var id = await desk.PublishedAsync(column, "大棚种植技术培训 " + SearchDesk.Unique(), "农技站讲解香菇 & 木耳的种植，温度 5 < 6 时注意保温。");

        var results = await desk.SearchAsync("香菇");
        var snippet = results.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id)
            .GetProperty("snippet").GetString()!;

        Assert.Contains("<em>香菇</em>", snippet);
        Assert.Contains("&amp;", snippet);
        Assert.Contains("5 &lt; 6", snippet);
        Assert.DoesNotContain("<", snippet.Replace("<em>", "").Replace("</em>", ""));
    }

    [Theory]
    [InlineData("?q=", "q")]
    [InlineData("?q=%20%20", "q")]
    [InlineData("?q=县城&page=0", "page")]
    [InlineData("?q=县城&pageSize=51", "pageSize")]
    [InlineData("?q=县城&pageSize=0", "pageSize")]
    public async Task Search_Returns400_NamingTheField_WhenTheInputIsOutOfRange(string query, string field)
    {
        var response = await http.GetAsync("/api/public/search" + query);

        var problem = await MediaClient.ExpectAsync(response, 400);
        Assert.EndsWith("/validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Search_Returns400_WhenTheQueryIsTooLong()
    {
        var response = await http.GetAsync("/api/public/search?q=" + Uri.EscapeDataString(new string('县', 101)));

        var problem = await MediaClient.ExpectAsync(response, 400);
        Assert.Contains("100", problem.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Theory]
    [InlineData("\"AND (*:[")]
    [InlineData("title:县城 OR body:~供暖^3")]
    [InlineData("！？。")]
    public async Task Search_AnswersQuerySyntaxAsWords_WithoutFailing(string q)
    {
        var results = await desk.SearchAsync(q);

        Assert.Equal(JsonValueKind.Array, results.GetProperty("items").ValueKind);
    }

    [Fact]
    public async Task Search_IsAnonymous_AndNotCached()
    {
        var response = await http.GetAsync("/api/public/search?q=县城");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }
}

public sealed class SearchResultsTestsOnSqlite(SqliteMediaApp app) : SearchResultsTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SearchResultsTestsOnPostgreSql(PostgresMediaApp app) : SearchResultsTests(app), IClassFixture<PostgresMediaApp>;
