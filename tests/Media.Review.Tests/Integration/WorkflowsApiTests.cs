using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Review.Tests.Integration;

public abstract class WorkflowsApiTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task List_ShowsDefaultWorkflow_WithoutConfiguration()
    {
        var list = await (await newsroom.AdminAsync()).GetJsonAsync("/api/workflows");

        var stages = list.GetProperty("items")[0].GetProperty("stages").EnumerateArray()
            .Select(s => (s.GetProperty("name").GetString(), s.GetProperty("role").GetString())).ToList();
        Assert.Equal([("初审", "Editor"), ("复审", "ChiefEditor"), ("终审", "Leader")], stages);
    }

    [Fact]
    public async Task Create_Returns201_AndColumnArticlesFollowIt()
    {
        var admin = await newsroom.AdminAsync();
        var created = await admin.PostJsonAsync("/api/workflows", new
        {
            name = "快讯 两审",
            stages = new[] { new { name = "值班审核", role = "ChiefEditor" }, new { name = "签发", role = "leader" } },
        }, 201);
        var workflowId = created.GetProperty("id").GetGuid();
        var slug = "wf-" + Guid.NewGuid().ToString("N")[..8];
        var column = (await admin.PostJsonAsync("/api/columns", new { name = "快讯", slug, workflowId }, 201)).GetProperty("id").GetGuid();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();

        var fetched = await admin.GetJsonAsync($"/api/workflows/{workflowId}");
        var submitted = await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);

        Assert.Equal("Leader", fetched.GetProperty("stages")[1].GetProperty("role").GetString());
        Assert.Equal("值班审核", submitted.GetProperty("currentStage").GetProperty("name").GetString());
        Assert.Equal("ChiefEditor", submitted.GetProperty("currentStage").GetProperty("role").GetString());
        Assert.Contains("workflow.created", await AuditRows.ActionsAsync(app, "workflow", workflowId.ToString()));
    }

    [Fact]
    public async Task Create_Returns400_WithoutStagesOrWithARoleThatCannotDecide()
    {
        var admin = await newsroom.AdminAsync();

        var none = await admin.PostJsonAsync("/api/workflows", new { name = "空", stages = Array.Empty<object>() }, 400);
        var auditor = await admin.PostJsonAsync("/api/workflows", new { name = "错", stages = new[] { new { name = "审", role = "Auditor" } } }, 400);

        Assert.True(none.GetProperty("errors").TryGetProperty("stages", out _));
        Assert.True(auditor.GetProperty("errors").TryGetProperty("stages[0].role", out _));
    }

    [Fact]
    public async Task Create_Returns403_ForNonAdmin_And404_ForUnknownId()
    {
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);

        await MediaClient.ExpectAsync(await editor.PostAsync("/api/workflows", new { name = "x", stages = new[] { new { name = "审", role = "Editor" } } }), 403);
        await editor.GetJsonAsync($"/api/workflows/{Guid.NewGuid()}", 404);
    }
}

public sealed class WorkflowsApiTestsOnSqlite(SqliteMediaApp app) : WorkflowsApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class WorkflowsApiTestsOnPostgreSql(PostgresMediaApp app) : WorkflowsApiTests(app), IClassFixture<PostgresMediaApp>;
