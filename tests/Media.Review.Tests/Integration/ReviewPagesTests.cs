using System.Net;
using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Review.Tests.Integration;

/// <summary>The inbox, review, submit and notification pages end to end, as a browser: cookie sign-in, GET the
/// form, scrape the antiforgery token, POST — for each role.</summary>
public abstract class ReviewPagesTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task ThreeStageReview_WorksThroughThePages_ForEachRole()
    {
        var (reporter, api) = await PersonAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(api, await newsroom.ColumnAsync(), "页面三审")).GetProperty("id").GetGuid();

        var (_, token) = await reporter.OpenFormAsync($"/admin/review/submit/{id}");
        var submitted = await reporter.PostFormAsync($"/admin/review/submit/{id}?handler=Submit", token, ("version", "1"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("已送审", await reporter.PageAsync(submitted.Headers.Location!.ToString()));

        foreach (var role in new[] { MediaRoles.Editor, MediaRoles.ChiefEditor, MediaRoles.Leader })
        {
            var (reviewer, _) = await PersonAsync(role);
            Assert.Contains("页面三审", WebUtility.HtmlDecode(await reviewer.PageAsync("/admin/review")));
            var (page, form) = await reviewer.OpenFormAsync($"/admin/review/{id}");
            Assert.Contains(role == MediaRoles.Leader ? "签发</button>" : "通过</button>", page);
            var decided = await reviewer.PostFormAsync($"/admin/review/{id}?handler=Approve", form, ("version", "1"), ("contentHash", await HashAsync(api, id)),
                ("confirmed", "true"));
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        }

        var article = await api.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal("approved", article.GetProperty("status").GetString());
        Assert.Equal(1, article.GetProperty("signedVersion").GetInt32());
    }

    [Fact]
    public async Task SendBack_NeedsComment_AndAuthorSeesIt()
    {
        var (reporter, api) = await PersonAsync(MediaRoles.Reporter);
        var (editor, _) = await PersonAsync(MediaRoles.Editor);
        var id = await SubmittedAsync(api);

        var (_, token) = await editor.OpenFormAsync($"/admin/review/{id}");
        var missing = await editor.PostFormAsync($"/admin/review/{id}?handler=Reject", token, ("version", "1"), ("comment", " "));
        var back = await editor.PostFormAsync($"/admin/review/{id}?handler=Reject", token, ("version", "1"), ("comment", "标题需要改"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("必须填写意见", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Contains("标题需要改", WebUtility.HtmlDecode(await reporter.PageAsync("/admin/notifications")));
        Assert.Contains("标题需要改", WebUtility.HtmlDecode(await reporter.PageAsync($"/admin/review/submit/{id}")));
    }

    [Fact]
    public async Task Decide_ShowsConflict_WhenArticleChangedSinceThePageWasOpened()
    {
        var (_, api) = await PersonAsync(MediaRoles.Reporter);
        var (editor, _) = await PersonAsync(MediaRoles.Editor);
        var id = await SubmittedAsync(api);
        var (_, token) = await editor.OpenFormAsync($"/admin/review/{id}");

        await api.PostJsonAsync($"/api/articles/{id}/withdraw", new { }, 200);
        await MediaClient.ExpectAsync(await api.PutAsync($"/api/articles/{id}", new { columnId = await ColumnOfAsync(api, id), title = "改过", body = "改" }, "\"1\""), 200);
        await api.PostJsonAsync($"/api/articles/{id}/submit", new { version = 2 }, 200);
        var stale = await editor.PostFormAsync($"/admin/review/{id}?handler=Approve", token, ("version", "1"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("稿件已有新版本（第 2 版，你看到的是第 1 版）", html);
        Assert.Contains("<del>", html);
    }

    [Fact]
    public async Task ReviewPage_OffersNoDecision_ToTheAuthor_AndWithdrawReopenWork()
    {
        var (writer, api) = await PersonAsync(MediaRoles.Reporter, MediaRoles.Editor);
        var id = await SubmittedAsync(api);

        var own = await writer.PageAsync($"/admin/review/{id}");
        var (_, token) = await writer.OpenFormAsync($"/admin/review/submit/{id}");
        var withdrawn = await writer.PostFormAsync($"/admin/review/submit/{id}?handler=Withdraw", token, ("comment", "再改改"));
        var noToken = await writer.PostFormAsync($"/admin/review/submit/{id}?handler=Submit", null, ("version", "1"));

        Assert.DoesNotContain("handler=Approve", own);
        Assert.Contains("你写过或改过这篇稿件，不能审核它。", own);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal("draft", (await api.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task SubmitPage_GroupsHits_ByRuleAndTerm_WithTheWordsAroundEach()
    {
        var (reporter, api) = await PersonAsync(MediaRoles.Reporter);
        var body = string.Concat(Enumerable.Range(1, 12).Select(i => $"第{i}段：县里召开××会议<script>alert({i})</script>部署工作。\n\n"));
        var id = (await Newsroom.ArticleAsync(api, await newsroom.ColumnAsync(), "分组校对", body)).GetProperty("id").GetGuid();

        var (_, token) = await reporter.OpenFormAsync($"/admin/review/submit/{id}");
        var refused = await reporter.PostFormAsync($"/admin/review/submit/{id}?handler=Submit", token, ("version", "1"));
        var raw = await refused.Content.ReadAsStringAsync();
        var html = WebUtility.HtmlDecode(raw);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var groups = Regex.Matches(html, "<details class=\"hit-group hit-(block|warn)\"[^>]*>(.*?)</details>", RegexOptions.Singleline);
        var placeholder = Assert.Single(groups, g => g.Groups[2].Value.Contains("<mark>××</mark> <span class=\"hit-count\">12 处</span>", StringComparison.Ordinal));
        Assert.Equal("block", placeholder.Groups[1].Value);
        Assert.Contains("占位符", placeholder.Value);
        var places = Regex.Matches(placeholder.Value, "<li>(.*?)</li>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(12, places.Count);
        Assert.Contains("第1段：县里召开<mark>××</mark>会议<script>alert…", places[0]); // 15 characters either side, escaped
        Assert.Contains("正文", places[0]);
        Assert.Contains("&lt;script&gt;alert", raw);
        Assert.DoesNotContain("<script>alert", raw);
        Assert.Contains("共 <strong>12</strong> 处", html);
    }

    [Fact]
    public async Task Pages_RedirectToSignIn_WhenAnonymous()
    {
        var anonymous = AdminSession.CookieClient(app);

        var inbox = await anonymous.GetAsync("/admin/review");
        var notifications = await anonymous.GetAsync("/admin/notifications");

        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
        Assert.Contains("/admin/signin", inbox.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, notifications.StatusCode);
    }

    private async Task<(AdminSession Page, MediaClient Api)> PersonAsync(params string[] roles)
    {
        var (session, userName) = await AdminSession.NewUserAsync(app, newsroom, roles);
        return (session, await app.SignInAsync(userName, Newsroom.Password));
    }

    private async Task<Guid> SubmittedAsync(MediaClient author)
    {
        var id = (await Newsroom.ArticleAsync(author, await newsroom.ColumnAsync())).GetProperty("id").GetGuid();
        await author.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);
        return id;
    }

    private static async Task<string> HashAsync(MediaClient api, Guid id) =>
        (await api.GetJsonAsync($"/api/articles/{id}")).GetProperty("contentHash").GetString()!;

    private static async Task<Guid> ColumnOfAsync(MediaClient api, Guid id) =>
        (await api.GetJsonAsync($"/api/articles/{id}")).GetProperty("columnId").GetGuid();
}

public sealed class ReviewPagesTestsOnSqlite(SqliteMediaApp app) : ReviewPagesTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ReviewPagesTestsOnPostgreSql(PostgresMediaApp app) : ReviewPagesTests(app), IClassFixture<PostgresMediaApp>;
