using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Articles.Tests.Integration;

public abstract class ColumnsApiTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Create_Returns201_AndAnySignedInUserListsIt()
    {
        var admin = await newsroom.AdminAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var slug = "news-" + Guid.NewGuid().ToString("N")[..6];

        var column = await admin.PostJsonAsync("/api/columns", new { name = "要闻", slug }, 201);
        var list = await reporter.GetJsonAsync("/api/columns?pageSize=100");

        Assert.Equal(slug, column.GetProperty("slug").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, column.GetProperty("workflowId").ValueKind);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("slug").GetString() == slug);
    }

    [Fact]
    public async Task Create_NestsUnderParent_And422_ForUnknownParentOrWorkflowOrTakenSlug()
    {
        var admin = await newsroom.AdminAsync();
        var parent = await newsroom.ColumnAsync();
        var slug = "sub-" + Guid.NewGuid().ToString("N")[..6];

        var child = await admin.PostJsonAsync("/api/columns", new { name = "子栏目", slug, parentId = parent }, 201);
        var taken = await admin.PostJsonAsync("/api/columns", new { name = "重复", slug }, 422);
        var orphan = await admin.PostJsonAsync("/api/columns", new { name = "孤儿", slug = slug + "-x", parentId = Guid.NewGuid() }, 422);
        var workflow = await admin.PostJsonAsync("/api/columns", new { name = "流程", slug = slug + "-y", workflowId = Guid.NewGuid() }, 422);

        Assert.Equal(parent, child.GetProperty("parentId").GetGuid());
        Assert.True(taken.GetProperty("errors").TryGetProperty("slug", out _));
        Assert.True(orphan.GetProperty("errors").TryGetProperty("parentId", out _));
        Assert.True(workflow.GetProperty("errors").TryGetProperty("workflowId", out _));
    }

    [Fact]
    public async Task Create_Returns400ForBadSlug_And403ForNonAdmin()
    {
        var admin = await newsroom.AdminAsync();
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);

        var bad = await admin.PostJsonAsync("/api/columns", new { name = "坏", slug = "Bad Slug!" }, 400);
        await editor.PostJsonAsync("/api/columns", new { name = "要闻", slug = "editor-made" }, 403);

        Assert.True(bad.GetProperty("errors").TryGetProperty("slug", out _));
    }
}

public sealed class ColumnsApiTestsOnSqlite(SqliteMediaApp app) : ColumnsApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ColumnsApiTestsOnPostgreSql(PostgresMediaApp app) : ColumnsApiTests(app), IClassFixture<PostgresMediaApp>;
