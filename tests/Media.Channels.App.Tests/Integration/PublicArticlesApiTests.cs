using System.Net;
using System.Text.Json;
using Media.Abstractions.Hosting;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Channels.App.Tests.Integration;

public abstract class PublicArticlesApiTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Get_ReturnsPublishedArticle_WithSanitizedBodyAndAbsoluteUrl()
    {
        var column = await newsroom.ColumnAsync("民生");
        const string body = "**粗体**\n\n<script>alert('x')</script>\n\n[点我](javascript:alert(1))\n\n<img src=\"/x.png\" onerror=\"alert(1)\">";
        var id = await PublishedAsync(column, body);

        var response = await app.Anonymous().GetAsync($"/api/public/articles/{id}");
        var article = await MediaClient.ExpectAsync(response, 200);

        Assert.Equal(id, article.GetProperty("id").GetGuid());
        Assert.Equal(column, article.GetProperty("columnId").GetGuid());
        Assert.Equal(column, article.GetProperty("column").GetProperty("id").GetGuid());
        Assert.Equal("民生", article.GetProperty("column").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(article.GetProperty("column").GetProperty("slug").GetString()));
        var html = article.GetProperty("bodyHtml").GetString()!;
        Assert.Contains("<strong>粗体</strong>", html);
        // Raw HTML may survive as escaped text; what must not survive is live markup.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(?i)<[a-z][^>]*\\bon[a-z]+\\s*=", html);
        Assert.DoesNotMatch("(?i)(href|src)\\s*=\\s*\"?\\s*javascript:", html);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("cover").ValueKind);
        Assert.Equal(new[] { "测试" }, article.GetProperty("tags").EnumerateArray().Select(t => t.GetString() ?? "").ToArray());
        Assert.Equal(1, article.GetProperty("version").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", article.GetProperty("contentHash").GetString());
        Assert.True(article.GetProperty("publishedAt").TryGetDateTimeOffset(out _));
        var url = article.GetProperty("url").GetString()!;
        Assert.StartsWith(BaseUrl() + "/", url);
        Assert.EndsWith($"/{id.ToString("N")[^8..]}.html", url); // the readable address (docs/http-api.md §4.14)
    }

    [Fact]
    public async Task Get_Returns404_WhenDraftOrUnknown()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var draft = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();

        var forDraft = await app.Anonymous().GetJsonAsync($"/api/public/articles/{draft}", 404);
        var forUnknown = await app.Anonymous().GetJsonAsync($"/api/public/articles/{Guid.NewGuid()}", 404);

        Assert.Equal("https://media.invalid/problems/not-found", forDraft.GetProperty("type").GetString());
        Assert.Equal(404, forUnknown.GetProperty("status").GetInt32());
        Assert.False(forDraft.TryGetProperty("bodyHtml", out _));
    }

    [Fact]
    public async Task Get_Returns410Problem_WhenRetracted()
    {
        var id = await PublishedAsync(await newsroom.ColumnAsync());
        await PublishedArticleSeeder.RetractAsync(app, id);

        var response = await app.Anonymous().GetAsync($"/api/public/articles/{id}");
        var problem = await MediaClient.ExpectAsync(response, 410);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://media.invalid/problems/retracted", problem.GetProperty("type").GetString());
        Assert.Equal(410, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("retractedAt").TryGetDateTimeOffset(out _), problem.ToString());
        Assert.Contains(id.ToString(), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_Returns304_WhenIfNoneMatchHoldsTheStrongETag()
    {
        var id = await PublishedAsync(await newsroom.ColumnAsync());
        var http = app.Anonymous().Http;

        var first = await http.GetAsync($"/api/public/articles/{id}");
        await MediaClient.ExpectAsync(first, 200);
        var etag = first.Headers.ETag!;
        var same = await SendAsync(http, $"/api/public/articles/{id}", etag.Tag);
        var weakForm = await SendAsync(http, $"/api/public/articles/{id}", "W/" + etag.Tag);
        var other = await SendAsync(http, $"/api/public/articles/{id}", "\"something-else\"");

        Assert.False(etag.IsWeak);
        Assert.Equal("public, max-age=30", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Equal(etag, same.Headers.ETag);
        Assert.Empty(await same.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, weakForm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task List_ReturnsOnlyPublishedOfTheColumn_Paged()
    {
        var column = await newsroom.ColumnAsync();
        var published = new[] { await PublishedAsync(column), await PublishedAsync(column), await PublishedAsync(column) };
        var retracted = await PublishedAsync(column);
        await PublishedArticleSeeder.RetractAsync(app, retracted);
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var draft = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();
        var elsewhere = await PublishedAsync(await newsroom.ColumnAsync());

        var page1 = await app.Anonymous().GetJsonAsync($"/api/public/articles?columnId={column}&page=1&pageSize=2");
        var page2 = await app.Anonymous().GetJsonAsync($"/api/public/articles?columnId={column}&page=2&pageSize=2");

        Assert.Equal(3, page1.GetProperty("total").GetInt32());
        Assert.Equal(1, page1.GetProperty("page").GetInt32());
        Assert.Equal(2, page1.GetProperty("pageSize").GetInt32());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        var ids = Ids(page1).Concat(Ids(page2)).ToList();
        Assert.Equal(2, Ids(page1).Count);
        Assert.Equal(published.Order(), ids.Order());
        Assert.DoesNotContain(retracted, ids);
        Assert.DoesNotContain(draft, ids);
        Assert.DoesNotContain(elsewhere, ids);
        Assert.All(page1.GetProperty("items").EnumerateArray(), a => Assert.Equal(column, a.GetProperty("column").GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task List_Returns304_WhenUnchanged()
    {
        var column = await newsroom.ColumnAsync();
        await PublishedAsync(column);
        var http = app.Anonymous().Http;

        var first = await http.GetAsync($"/api/public/articles?columnId={column}");
        await MediaClient.ExpectAsync(first, 200);
        var unchanged = await SendAsync(http, $"/api/public/articles?columnId={column}", first.Headers.ETag!.Tag);
        await PublishedAsync(column);
        var changed = await SendAsync(http, $"/api/public/articles?columnId={column}", first.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesThePublicReadApi()
    {
        var document = await app.Anonymous().GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/public/articles", out _), "list missing from OpenAPI");
        Assert.True(paths.TryGetProperty("/api/public/articles/{id}", out var item), "item missing from OpenAPI");
        Assert.True(item.GetProperty("get").GetProperty("responses").TryGetProperty("410", out _), "410 missing from OpenAPI");
    }

    private async Task<Guid> PublishedAsync(Guid column, string body = "县里今天召开会议。")
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, column, body: body)).GetProperty("id").GetGuid();
        await PublishedArticleSeeder.PublishAsync(app, id);
        return id;
    }

    private string BaseUrl() => app.Services.GetRequiredService<PublicSiteAddress>().BaseUrl;

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string url, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await http.SendAsync(request);
    }
}

public sealed class PublicArticlesApiTestsOnSqlite(SqliteMediaApp app) : PublicArticlesApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class PublicArticlesApiTestsOnPostgreSql(PostgresMediaApp app) : PublicArticlesApiTests(app), IClassFixture<PostgresMediaApp>;
