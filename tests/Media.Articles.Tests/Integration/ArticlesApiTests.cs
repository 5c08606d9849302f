using System.Net;
using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Articles.Tests.Integration;

public abstract class ArticlesApiTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Create_Returns201WithVersionHashAndETag_WhenValid()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, reporterId) = await newsroom.UserAsync(MediaRoles.Reporter);

        var response = await reporter.PostAsync("/api/articles", new { columnId = column, title = "春耕", body = "# 标题\n\n正文" });
        var article = await MediaClient.ExpectAsync(response, 201);

        Assert.Equal("draft", article.GetProperty("status").GetString());
        Assert.Equal(1, article.GetProperty("version").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", article.GetProperty("contentHash").GetString());
        Assert.Equal(reporterId, article.GetProperty("createdBy").GetGuid());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("currentStage").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("publishedUrl").ValueKind);
        Assert.Equal("\"1\"", response.Headers.ETag?.ToString());
        Assert.EndsWith($"/api/articles/{article.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Update_CreatesNewVersion_WithIfMatch()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var created = await Newsroom.ArticleAsync(reporter, column, "原标题");
        var id = created.GetProperty("id").GetGuid();

        var response = await reporter.PutAsync($"/api/articles/{id}", new { columnId = column, title = "新标题", body = "改过的正文" }, "\"1\"");
        var updated = await MediaClient.ExpectAsync(response, 200);

        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal("新标题", updated.GetProperty("title").GetString());
        Assert.NotEqual(created.GetProperty("contentHash").GetString(), updated.GetProperty("contentHash").GetString());
        Assert.Equal("\"2\"", response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task List_SearchesCurrentVersionsBodyAndSummary_NotEarlierVersions()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, column, "秋收见闻")).GetProperty("id").GetGuid();
        var edit = new { columnId = column, title = "秋收见闻", summary = "稻田迎来丰收", body = "今年水稻亩产提高。" };
        await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{id}", edit, "\"1\""), 200);

        var byBody = await reporter.GetJsonAsync("/api/articles?q=" + Uri.EscapeDataString("水稻"));
        var bySummary = await reporter.GetJsonAsync("/api/articles?q=" + Uri.EscapeDataString("稻田"));
        var byOldBody = await reporter.GetJsonAsync("/api/articles?q=" + Uri.EscapeDataString("会议"));

        Assert.Equal(id, Assert.Single(byBody.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(1, bySummary.GetProperty("total").GetInt32());
        Assert.Equal(0, byOldBody.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Update_Returns428_WithoutIfMatch_And412_WhenStale()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();
        var edit = new { columnId = column, title = "改", body = "b" };

        var missing = await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{id}", edit, null), 428);
        await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{id}", edit, "\"1\""), 200);
        var stale = await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{id}", edit, "\"1\""), 412);

        Assert.Equal(428, missing.GetProperty("status").GetInt32());
        Assert.Contains("version 2", stale.GetProperty("detail").GetString());
    }
}

public sealed class ArticlesApiTestsOnSqlite(SqliteMediaApp app) : ArticlesApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ArticlesApiTestsOnPostgreSql(PostgresMediaApp app) : ArticlesApiTests(app), IClassFixture<PostgresMediaApp>;
