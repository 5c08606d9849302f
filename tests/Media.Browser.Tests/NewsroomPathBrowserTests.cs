using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>The whole path by buttons only (docs/admin-ui.md §1): after signing in nobody types an admin address. A
/// reporter writes a draft and submits it, the 初审 editor sends it back with a comment, the reporter sees 退回修改 with
/// the comment, revises and submits again, the three stages approve (the last one 签发), and the leader goes from the
/// decision straight to 去发布 and publishes. On a desk (1366 px) and on a phone (390×844).</summary>
public sealed class NewsroomPathBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private const string Comment = "导语太长，请压缩到两句话。";
    private readonly Newsroom newsroom = new(app);
    private string walk = "walk";
    private int step;

    [Theory]
    [InlineData(1366, 900, false)]
    [InlineData(390, 844, true)]
    public async Task Draft_SentBack_Revised_SignedOff_Published_ByClickingOnly(int width, int height, bool phone)
    {
        walk = phone ? "walk-phone" : "walk-desktop";
        var title = "我县举办农民丰收节 " + Guid.NewGuid().ToString("N")[..4];
        var column = "三农 " + Guid.NewGuid().ToString("N")[..4];
        await newsroom.ColumnAsync(column);
        var reporterName = await PersonAsync(MediaRoles.Reporter);
        var editorName = await PersonAsync(MediaRoles.Editor);

        var reporter = await SignedInAsync(reporterName, width, height, phone);
        await SeeAsync(reporter, "reporter-articles");
        await reporter.ClickAsync("text=新建稿件");
        await SeeAsync(reporter, "new-article");
        await AdminPages.FillArticleAsync(reporter, column, title, "丰收节上，全县 12 个乡镇的农产品集中展销。");
        await reporter.ClickAsync("button[type='submit']");
        await reporter.WaitForURLAsync(new Regex("/admin/articles/[0-9a-f-]{36}\\?saved=1$"));
        var id = Regex.Match(reporter.Url, "[0-9a-f-]{36}").Value;
        await Expect(reporter.Locator(".meta-list span.status")).ToHaveTextAsync("草稿");
        await SeeAsync(reporter, "article-draft");
        await SubmitFromArticlePageAsync(reporter);

        var editor = await SignedInAsync(editorName, width, height, phone);
        await OpenFromInboxAsync(editor, title);
        await editor.FillAsync("form[action*='handler=Reject'] textarea[name='comment']", Comment);
        await editor.ClickAsync("form[action*='handler=Reject'] button[type='submit']");
        await Expect(editor.Locator("p.notice")).ToContainTextAsync("已记录你的决定");
        await SeeAsync(editor, "editor-sent-back");

        await reporter.ClickAsync("nav >> text=稿件");
        var row = reporter.Locator("table.articles tr", new PageLocatorOptions { HasText = title });
        await Expect(row.Locator("span.status")).ToHaveTextAsync("退回修改");
        await SeeAsync(reporter, "articles-sent-back");
        await row.Locator("a:has-text('去修改')").ClickAsync();
        await reporter.WaitForURLAsync($"**/admin/articles/{id}/edit");
        await SeeAsync(reporter, "edit");
        await reporter.FillAsync("textarea[name='Form.Body']", "丰收节上，12 个乡镇的农产品集中展销。");
        await reporter.ClickAsync("button[type='submit']");
        await reporter.WaitForURLAsync(new Regex($"/admin/articles/{id}\\?saved=2$"));
        await Expect(reporter.Locator("section.sent-back")).ToContainTextAsync(Comment);
        await Expect(reporter.Locator(".meta-list span.status")).ToHaveTextAsync("退回修改");
        await SeeAsync(reporter, "article-revised");
        await SubmitFromArticlePageAsync(reporter);
        await Expect(reporter.Locator(".review-summary span.status")).ToHaveTextAsync("审核中");

        await editor.ClickAsync("nav >> text=待审");
        await OpenFromInboxAsync(editor, title);
        await editor.ClickAsync("form[action*='handler=Approve'] button[type='submit']");
        await Expect(editor.Locator("p.notice")).ToContainTextAsync("已记录你的决定");
        await Expect(editor.Locator("p.notice a:has-text('去发布')")).ToHaveCountAsync(0); // an editor does not publish
        await SeeAsync(editor, "editor-approved");

        var chief = await SignedInAsync(await PersonAsync(MediaRoles.ChiefEditor), width, height, phone);
        await OpenFromInboxAsync(chief, title);
        await chief.ClickAsync("form[action*='handler=Approve'] button[type='submit']");
        await Expect(chief.Locator("p.notice")).ToContainTextAsync("已记录你的决定");

        var leader = await SignedInAsync(await PersonAsync(MediaRoles.Leader), width, height, phone);
        await OpenFromInboxAsync(leader, title);
        var signOff = leader.Locator("form[action*='handler=Approve']");
        await Expect(signOff.Locator("button[type='submit']")).ToHaveTextAsync(new Regex("^签发"));
        await signOff.Locator("button[type='submit']").ClickAsync(); // not confirmed yet: the form does not go
        Assert.False(await signOff.EvaluateAsync<bool>("f => f.checkValidity()"));
        await Expect(leader).ToHaveURLAsync(new Regex($"/admin/review/{id}$"));
        await signOff.Locator("input[name='confirmed']").CheckAsync(); // 我已阅读全文并确认签发
        await signOff.Locator("button[type='submit']").ClickAsync();
        await Expect(leader.Locator("p.notice")).ToContainTextAsync("已签发");
        await SeeAsync(leader, "leader-signed-off");
        await leader.ClickAsync("p.notice a:has-text('去发布')");
        await leader.WaitForURLAsync($"**/admin/articles/{id}/publish");
        await SeeAsync(leader, "publish");
        await leader.CheckAsync("form.confirm-form input[name='confirmed']");
        await leader.ClickAsync("button:has-text('确认发布')");
        await leader.WaitForURLAsync(new Regex($"/admin/articles/{id}\\?done=published$"));
        await Expect(leader.Locator(".meta-list span.status")).ToHaveTextAsync("已发布");
        await Expect(leader.Locator("#article-deliveries")).ToContainTextAsync("已发布，正在投递");
        await NoSidewaysScrollAsync(leader, phone);
        await SeeAsync(leader, "article-published");

        await reporter.ClickAsync("nav >> text=稿件");
        await Expect(reporter.Locator("table.articles tr", new PageLocatorOptions { HasText = title }).Locator("span.status")).ToHaveTextAsync("已发布");
        await SeeAsync(reporter, "articles-published");
        await reporter.ClickAsync($"table.articles a:has-text('{title}')");
        await reporter.WaitForURLAsync($"**/admin/articles/{id}");
        await SeeAsync(reporter, "article-record");

        // 今日 for the reporter and the leader: the piece went out today.
        await TodayAsync(reporter, "reporter-today", phone);
        await TodayAsync(leader, "leader-today", phone);
        await Expect(leader.Locator("main")).ToContainTextAsync(title);

        // The auditor: 审计 from the menu, the piece's timeline, its 审签单.
        var auditor = await SignedInAsync(await PersonAsync(MediaRoles.Auditor), width, height, phone);
        await MenuAsync(auditor, "/admin/audit", phone);
        await SeeAsync(auditor, "audit");
        await auditor.Locator($"a[href='/admin/audit/articles/{id}']").First.ClickAsync();
        await auditor.WaitForURLAsync($"**/admin/audit/articles/{id}");
        await SeeAsync(auditor, "audit-article");
        await auditor.ClickAsync("a:has-text('审签单')");
        await auditor.WaitForURLAsync($"**/admin/audit/articles/{id}/sheet");
        await Expect(auditor.Locator("main")).ToContainTextAsync(title);
        await NoSidewaysScrollAsync(auditor, phone);
        await SeeAsync(auditor, "sign-off-sheet");
    }

    [Fact]
    public async Task SignedOffPiece_OffersPublish_OnTheArticlePage_TheReviewPage_AndTheList()
    {
        var column = await newsroom.ColumnAsync("要闻 " + Guid.NewGuid().ToString("N")[..4]);
        var title = "县城新增两条公交线路 " + Guid.NewGuid().ToString("N")[..4];
        var (signed, _) = await SignOffPath.SignedOffAsync(newsroom, column, title);
        var id = signed.GetProperty("id").GetGuid();
        var chief = await SignedInAsync(await PersonAsync(MediaRoles.ChiefEditor), 1366, 900);

        var row = chief.Locator("table.articles tr", new PageLocatorOptions { HasText = title });
        await Expect(row.Locator("span.status")).ToHaveTextAsync("已签发");
        await row.Locator("a:has-text('标题'), td.title a").First.ClickAsync();
        await chief.WaitForURLAsync($"**/admin/articles/{id}");
        await Expect(chief.Locator(".head-actions a:has-text('去发布')")).ToBeVisibleAsync();
        await Expect(chief.Locator(".head-actions a:has-text('送审')")).ToHaveCountAsync(0);
        await chief.GotoAsync($"/admin/review/{id}");
        await chief.ClickAsync(".review-summary a:has-text('去发布')");
        await chief.WaitForURLAsync($"**/admin/articles/{id}/publish");

        var reporter = await SignedInAsync(await PersonAsync(MediaRoles.Reporter), 1366, 900);
        await reporter.GotoAsync($"/admin/review/{id}");
        await Expect(reporter.Locator("a:has-text('去发布')")).ToHaveCountAsync(0); // a reporter does not publish
    }

    private async Task SubmitFromArticlePageAsync(IPage page)
    {
        await page.ClickAsync(".head-actions a:has-text('送审')");
        await page.WaitForURLAsync("**/admin/review/submit/**");
        await SeeAsync(page, "submit");
        await page.ClickAsync("form[action*='handler=Submit'] button[type='submit']");
        await Expect(page.Locator("p.notice")).ToContainTextAsync("已送审");
        await SeeAsync(page, "submitted");
    }

    private async Task OpenFromInboxAsync(IPage page, string title)
    {
        if (!page.Url.Contains("/admin/review", StringComparison.Ordinal)) await page.ClickAsync("nav >> text=待审");
        await SeeAsync(page, "inbox");
        await page.ClickAsync($"ol.inbox a:has-text('{title}')");
        await page.WaitForURLAsync(new Regex("/admin/review/[0-9a-f-]{36}$"));
        await SeeAsync(page, "decide");
    }

    /// <summary>After every page of the walk: its screenshot, one language on it, and nothing serious or critical for
    /// axe-core (docs/admin-ui.md §13).</summary>
    private async Task SeeAsync(IPage page, string name)
    {
        await PageLanguage.CheckAsync(page, $"{walk}-{++step:00}-{name}");
        await AdminAxe.NoSeriousViolationAsync(page);
    }

    private async Task TodayAsync(IPage page, string name, bool phone)
    {
        await MenuAsync(page, "/admin/today", phone);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("今日");
        await SeeAsync(page, name);
    }

    /// <summary>Follows the top menu's link to <paramref name="path"/> (tapped on a phone).</summary>
    private static async Task MenuAsync(IPage page, string path, bool phone)
    {
        var link = page.Locator($"header.topbar nav a[href='{path}']");
        if (phone) await link.TapAsync();
        else await link.ClickAsync();
        await page.WaitForURLAsync("**" + path);
    }

    private static async Task NoSidewaysScrollAsync(IPage page, bool phone)
    {
        if (phone)
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
    }

    private async Task<IPage> SignedInAsync(string userName, int width, int height, bool phone = false)
    {
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, width, height, phone);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        return page;
    }

    private async Task<string> PersonAsync(string role)
    {
        var userName = "p" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "流程测试 " + RoleLabels.Label(role), password = Newsroom.Password, roles = new[] { role } }, 201);
        return userName;
    }
}
