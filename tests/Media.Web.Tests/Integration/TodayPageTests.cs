using System.Net;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Web.Tests.Integration;

/// <summary>今日, the admin's landing page: each role sees its own day, composed from the modules' panels
/// (docs/admin-ui.md §8).</summary>
public abstract class TodayPageTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Admin_LandsOnToday()
    {
        var (session, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);

        var landing = await session.Http.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal("/admin/today", landing.Headers.Location?.OriginalString);
        Assert.Contains("<h1>今日</h1>", await session.PageAsync("/admin/today"));
    }

    [Fact]
    public async Task Reporter_SeesTheirDrafts_AndWhatWasSentBack_ButNoReviewInbox()
    {
        var column = await newsroom.ColumnAsync();
        var (session, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var reporter = await app.SignInAsync(userName, Newsroom.Password);
        var draft = await Newsroom.ArticleAsync(reporter, column, "今日页草稿 " + Guid.NewGuid().ToString("N")[..6]);
        var returned = await Newsroom.ArticleAsync(reporter, column, "今日页退回 " + Guid.NewGuid().ToString("N")[..6]);
        var returnedId = returned.GetProperty("id").GetGuid();
        await reporter.PostJsonAsync($"/api/articles/{returnedId}/submit", new { version = 1 }, 200);
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        await editor.PostJsonAsync($"/api/articles/{returnedId}/review", new { version = 1, decision = "reject", comment = "导语再改改" }, 200);

        var page = await session.PageAsync("/admin/today");

        Assert.Contains(draft.GetProperty("title").GetString()!, Section(page, "today-mine"));
        var sentBack = Section(page, "today-sent-back");
        Assert.Contains(returned.GetProperty("title").GetString()!, sentBack);
        Assert.Contains("导语再改改", sentBack);
        Assert.Contains($"/admin/articles/{returnedId}/edit", sentBack);
        Assert.DoesNotContain(returned.GetProperty("title").GetString()!, Section(page, "today-mine"));
        Assert.DoesNotContain("id=\"today-waiting\"", page);
    }

    [Fact]
    public async Task Editor_SeesWhatWaitsForTheirReview()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var article = await Newsroom.ArticleAsync(reporter, column, "等待初审 " + Guid.NewGuid().ToString("N")[..6]);
        await reporter.PostJsonAsync($"/api/articles/{article.GetProperty("id").GetGuid()}/submit", new { version = 1 }, 200);
        var (session, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Editor);

        var waiting = Section(await session.PageAsync("/admin/today"), "today-waiting");

        Assert.Contains(article.GetProperty("title").GetString()!, waiting);
        Assert.Contains($"/admin/review/{article.GetProperty("id").GetGuid()}", waiting);
    }

    [Fact]
    public async Task Leader_SeesTodaysPublishedPieces_WithEachChannel()
    {
        var column = await newsroom.ColumnAsync();
        var path = new CorrectionPath(newsroom);
        var title = "今日已发布 " + Guid.NewGuid().ToString("N")[..6];
        await path.PublishAsync(column, title, "县里今天召开会议。");
        var (session, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);

        var wentOut = Section(await session.PageAsync("/admin/today"), "today-out");

        Assert.Contains(title, wentOut);
        Assert.Contains("网站", wentOut);
    }

    /// <summary>The panel section whose heading has the id, up to the section's end.</summary>
    private static string Section(string page, string headingId)
    {
        var heading = page.IndexOf($"id=\"{headingId}\"", StringComparison.Ordinal);
        Assert.True(heading >= 0, $"No panel {headingId} on the page: {page}");
        var start = page.LastIndexOf("<section", heading, StringComparison.Ordinal);
        var end = page.IndexOf("</section>", heading, StringComparison.Ordinal);
        return page[start..end];
    }
}

public sealed class TodayPageTestsOnSqlite(SqliteMediaApp app) : TodayPageTests(app), IClassFixture<SqliteMediaApp>;

public sealed class TodayPageTestsOnPostgreSql(PostgresMediaApp app) : TodayPageTests(app), IClassFixture<PostgresMediaApp>;
