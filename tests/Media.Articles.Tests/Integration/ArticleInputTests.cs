using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Articles.Tests.Integration;

/// <summary>Bad input: a clear 400/422 naming the field, and nothing partially written.</summary>
public abstract class ArticleInputTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Create_Returns400NamingTitle_WhenMissingOrOverlong()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);

        var missing = await reporter.PostJsonAsync("/api/articles", new { columnId = column, body = "x" }, 400);
        var overlong = await reporter.PostJsonAsync("/api/articles", new { columnId = column, title = new string('长', 201), body = "x" }, 400);

        Assert.True(missing.GetProperty("errors").TryGetProperty("title", out _));
        Assert.True(overlong.GetProperty("errors").TryGetProperty("title", out _));
        await AssertNothingWrittenAsync(reporter);
    }

    [Fact]
    public async Task Create_Returns422NamingColumn_WhenColumnUnknown()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);

        var problem = await reporter.PostJsonAsync("/api/articles", new { columnId = Guid.NewGuid(), title = "t", body = "b" }, 422);

        Assert.True(problem.GetProperty("errors").TryGetProperty("columnId", out _));
        await AssertNothingWrittenAsync(reporter);
    }

    [Fact]
    public async Task Create_Returns400NamingField_WhenJsonMalformedOrMistyped()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);

        var malformed = await MediaClient.ExpectAsync(await reporter.PostRawAsync("/api/articles", "{\"title\": \"半截"), 400);
        var mistyped = await MediaClient.ExpectAsync(await reporter.PostRawAsync("/api/articles", "{\"title\": 42, \"body\": \"b\"}"), 400);

        Assert.Equal(400, malformed.GetProperty("status").GetInt32());
        Assert.True(mistyped.GetProperty("errors").TryGetProperty("title", out _), mistyped.ToString());
        await AssertNothingWrittenAsync(reporter);
    }

    [Fact]
    public async Task Update_Returns400NamingIfMatch_WhenNotAnInteger()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();

        var problem = await MediaClient.ExpectAsync(
            await reporter.PutAsync($"/api/articles/{id}", new { columnId = column, title = "t", body = "b" }, "\"abc\""), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("If-Match", out _));
        var versions = await reporter.GetJsonAsync($"/api/articles/{id}/versions");
        Assert.Equal(1, versions.GetArrayLength());
    }

    [Fact]
    public async Task Update_Returns400AndKeepsVersion_WhenBodyTooLong()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();

        var problem = await MediaClient.ExpectAsync(
            await reporter.PutAsync($"/api/articles/{id}", new { columnId = column, title = "t", body = new string('字', 200_001) }, "\"1\""), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
        Assert.Equal(1, (await reporter.GetJsonAsync($"/api/articles/{id}")).GetProperty("version").GetInt32());
    }

    private static async Task AssertNothingWrittenAsync(MediaClient reporter) =>
        Assert.Equal(0, (await reporter.GetJsonAsync("/api/articles")).GetProperty("total").GetInt32());
}

public sealed class ArticleInputTestsOnSqlite(SqliteMediaApp app) : ArticleInputTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ArticleInputTestsOnPostgreSql(PostgresMediaApp app) : ArticleInputTests(app), IClassFixture<PostgresMediaApp>;
