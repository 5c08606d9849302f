using Media.Testing;

namespace Media.Search.Tests.Integration;

/// <summary>The index follows publication through the real path (docs/search.md §2): publish, correction and
/// retraction over the API, each visible in the search results within 2 s.</summary>
public abstract class SearchIndexingTests(MediaAppFactory app)
{
    private readonly SearchDesk desk = new(app);

    [Fact]
    public async Task Search_FindsAPublishedArticleByATwoCharacterWord_AndLosesItOnRetraction()
    {
        var column = await desk.ColumnAsync();
        var path = new CorrectionPath(desk.Newsroom);
        await path.PublishAsync(column, "县里召开秋收工作会议 " + SearchDesk.Unique(), "今年全县的猕猴桃喜获丰收，果农收入明显增加。");

        var (found, inTime) = await desk.UntilAsync("猕猴桃", ids => ids.Contains(path.Id));
        Assert.Contains(path.Id, SearchDesk.Ids(found));
        Assert.True(inTime <= SearchDesk.Deadline, $"Found after {inTime}.");
        var (byWord, _) = await desk.UntilAsync("果农", ids => ids.Contains(path.Id));
        Assert.Contains(path.Id, SearchDesk.Ids(byWord));

        await path.Leader.PostJsonAsync($"/api/articles/{path.Id}/retract", new { reason = "核实中，暂时撤下" }, 202);
        var (gone, outTime) = await desk.UntilAsync("猕猴桃", ids => !ids.Contains(path.Id));
        Assert.DoesNotContain(path.Id, SearchDesk.Ids(gone));
        Assert.True(outTime <= SearchDesk.Deadline, $"Still found after {outTime}.");
    }

    [Fact]
    public async Task Search_FindsTheCorrectedText_AndNoLongerTheOriginal()
    {
        var column = await desk.ColumnAsync();
        var path = new CorrectionPath(desk.Newsroom);
        await path.PublishAsync(column, "乡村道路建设进展 " + SearchDesk.Unique(), "新修的道路连通了板栗种植基地。");
        Assert.Contains(path.Id, SearchDesk.Ids((await desk.UntilAsync("板栗", ids => ids.Contains(path.Id))).Results));

        await path.OpenEditAndSubmitAsync("原稿作物名称有误，已更正。", "新修的道路连通了茶叶种植基地。");
        Assert.Contains(path.Id, SearchDesk.Ids(await desk.SearchAsync("板栗", pageSize: 50)));
        await path.SignOffAndPublishAsync();

        var (corrected, inTime) = await desk.UntilAsync("茶叶", ids => ids.Contains(path.Id));
        Assert.Contains(path.Id, SearchDesk.Ids(corrected));
        Assert.True(inTime <= SearchDesk.Deadline, $"Found after {inTime}.");
        Assert.DoesNotContain(path.Id, SearchDesk.Ids(await desk.SearchAsync("板栗", pageSize: 50)));
    }
}

public sealed class SearchIndexingTestsOnSqlite(SqliteMediaApp app) : SearchIndexingTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SearchIndexingTestsOnPostgreSql(PostgresMediaApp app) : SearchIndexingTests(app), IClassFixture<PostgresMediaApp>;
