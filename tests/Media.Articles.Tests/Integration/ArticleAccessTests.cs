using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Articles.Tests.Integration;

public abstract class ArticleAccessTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Reporter_Gets404_ForAnotherReportersArticle_ButEditorSeesIt()
    {
        var column = await newsroom.ColumnAsync();
        var (author, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var (other, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        var id = (await Newsroom.ArticleAsync(author, column)).GetProperty("id").GetGuid();

        await other.GetJsonAsync($"/api/articles/{id}", 404);
        await other.GetJsonAsync($"/api/articles/{id}/versions", 404);
        await MediaClient.ExpectAsync(await other.PutAsync($"/api/articles/{id}", new { columnId = column, title = "篡改", body = "x" }, "\"1\""), 404);
        await editor.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal(0, (await other.GetJsonAsync("/api/articles")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Auditor_ReadsEverything_ButCannotWrite()
    {
        var column = await newsroom.ColumnAsync();
        var (author, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var id = (await Newsroom.ArticleAsync(author, column)).GetProperty("id").GetGuid();

        await auditor.GetJsonAsync($"/api/articles/{id}");
        await auditor.GetJsonAsync("/api/columns");
        await auditor.PostJsonAsync("/api/articles", new { columnId = column, title = "t", body = "b" }, 403);
        await auditor.PostJsonAsync("/api/columns", new { name = "审计", slug = "audit-x" }, 403);
        await MediaClient.ExpectAsync(await auditor.PutAsync($"/api/articles/{id}", new { columnId = column, title = "t", body = "b" }, "\"1\""), 403);
    }

    [Fact]
    public async Task Editor_MayEditAReportersDraft()
    {
        var column = await newsroom.ColumnAsync();
        var (author, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        var id = (await Newsroom.ArticleAsync(author, column)).GetProperty("id").GetGuid();

        var edited = await MediaClient.ExpectAsync(
            await editor.PutAsync($"/api/articles/{id}", new { columnId = column, title = "编辑改过", body = "b" }, "1"), 200);

        Assert.Equal(2, edited.GetProperty("version").GetInt32());
    }
}

public sealed class ArticleAccessTestsOnSqlite(SqliteMediaApp app) : ArticleAccessTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ArticleAccessTestsOnPostgreSql(PostgresMediaApp app) : ArticleAccessTests(app), IClassFixture<PostgresMediaApp>;
