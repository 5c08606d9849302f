using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Media.WeChat.Sandbox;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>The 公众号 in the walk (docs/admin-ui.md §1, docs/wechat.md §16), by clicking only after signing in, on a
/// desk (1366 px) and a phone (390×844), against the WeChat sandbox. A signed-off piece without a cover: the publish
/// page shows the problem before anything goes out, its fix one click away — reopen (the sign-off is void: a cover is
/// content), upload a photo and make it the cover, send it through 三审 again, and the leader's 去发布 finds the check
/// passed, the 公众号 ticked, and the delivery arrives. And a piece published to the website only gains the 公众号
/// from its article page. Every page: a screenshot, one language, no serious or critical axe-core violation.</summary>
public sealed class WeChatChannelBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private readonly Newsroom newsroom = new(app);

    // Each test has its own sandbox and 公众号 channel (xunit makes a class instance per test); the app is shared, so
    // the locators name this test's channel.
    private RunningWeChatSandbox sandbox = null!;
    private string channelName = null!;
    private string walk = "wechat";
    private int step;

    public async Task InitializeAsync()
    {
        var options = new WeChatSandboxOptions { PublishDelay = TimeSpan.FromMilliseconds(200) }.WithDemoAccountIfEmpty();
        sandbox = await WeChatSandboxServer.StartAsync(options, CancellationToken.None);
        var account = sandbox.State.Options.Accounts[0];
        channelName = "县融媒公众号 " + Guid.NewGuid().ToString("N")[..4];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = channelName,
            settings = new { appId = account.AppId, appSecret = account.Secret, apiBaseUrl = sandbox.BaseUrl.ToString(), accountType = "subscription" },
        }, 201);
    }

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    [Theory]
    [InlineData(1366, 900, false)]
    [InlineData(390, 844, true)]
    public async Task CoverMissing_IsCaughtOnThePublishPage_FixedByClicking_AndTheWeChatDeliverySucceeds(int width, int height, bool phone)
    {
        walk = phone ? "wechat-cover-phone" : "wechat-cover-desktop";
        var title = "县城新增三处口袋公园 " + Guid.NewGuid().ToString("N")[..4];
        var id = await SignedOffAsync(title, cover: false);

        // The chief editor on duty opens the piece from the list and goes to publish it.
        var chief = await SignedInAsync(await PersonAsync(MediaRoles.ChiefEditor), width, height, phone);
        var publish = await PublishPageAsync(chief, title, id);
        var wechat = publish.Locator("fieldset label.check", new PageLocatorOptions { HasText = channelName });
        await Expect(wechat.Locator("input")).ToBeDisabledAsync();
        await Expect(wechat.Locator("input")).Not.ToBeCheckedAsync();
        var problems = publish.Locator($"ul.readiness[aria-label='{channelName} 的发布前检查']");
        await Expect(problems.Locator("li[data-code='cover-missing']")).ToContainTextAsync("封面");
        await Expect(problems).ToContainTextAsync("原签发作废");

        // One click to the fix: reopening says the sign-off is void and lands on the photo panel.
        await problems.Locator("a:has-text('去设置封面')").ClickAsync();
        await chief.WaitForURLAsync(new Regex($"/admin/review/submit/{id}\\?fix=cover#reopen$"));
        await See(chief, "reopen");
        await chief.ClickAsync("form#reopen button:has-text('重新打开并去设置封面')");
        await chief.WaitForURLAsync($"**/admin/articles/{id}/edit#photos");
        await See(chief, "edit-reopened");
        await chief.SetInputFilesAsync("#photo-input", new FilePayload { Name = "口袋公园.jpg", MimeType = "image/jpeg", Buffer = TestPhotos.Unique() });
        var photo = chief.Locator("#photo-list .photo").First;
        await Expect(photo.Locator(".photo-status")).ToHaveTextAsync("已上传", new() { Timeout = 90_000 }); // and its variants made, on a busy runner
        await photo.Locator("button.set-cover").ClickAsync();
        await Expect(chief.Locator("#cover-thumb")).ToBeVisibleAsync();
        await chief.ClickAsync("button[type='submit']");
        await chief.WaitForURLAsync(new Regex($"/admin/articles/{id}\\?saved=\\d+$"));
        await Expect(chief.Locator(".meta-list span.status")).ToHaveTextAsync("草稿");
        await See(chief, "article-with-cover");

        // Back through 三审: the chief submits; an editor, another chief editor (the first one edited it) and a leader approve.
        await chief.ClickAsync(".head-actions a:has-text('送审')");
        await chief.WaitForURLAsync($"**/admin/review/submit/{id}");
        await chief.ClickAsync("form[action*='handler=Submit'] button[type='submit']");
        await Expect(chief.Locator("p.notice")).ToContainTextAsync("已送审");
        await See(chief, "resubmitted");
        foreach (var role in new[] { MediaRoles.Editor, MediaRoles.ChiefEditor })
        {
            var reviewer = await SignedInAsync(await PersonAsync(role), width, height, phone);
            await DecideAsync(reviewer, title);
            await reviewer.Context.CloseAsync();
        }
        var leader = await SignedInAsync(await PersonAsync(MediaRoles.Leader), width, height, phone);
        await DecideAsync(leader, title);
        await Expect(leader.Locator("p.notice")).ToContainTextAsync("已签发");

        // 去发布: the check passes, the 公众号 is ticked by default, and the delivery succeeds against the sandbox.
        await leader.ClickAsync("p.notice a:has-text('去发布')");
        await leader.WaitForURLAsync($"**/admin/articles/{id}/publish");
        await See(leader, "publish-ready");
        var ready = leader.Locator("form.confirm-form fieldset label.check", new PageLocatorOptions { HasText = channelName });
        await Expect(ready.Locator("input")).ToBeEnabledAsync();
        await Expect(ready.Locator("input")).ToBeCheckedAsync();
        await Expect(leader.Locator($"ul.readiness[aria-label='{channelName} 的发布前检查']")).ToHaveCountAsync(0);
        await leader.CheckAsync("form.confirm-form input[name='confirmed']");
        await leader.ClickAsync("button:has-text('确认发布')");
        await leader.WaitForURLAsync(new Regex($"/admin/articles/{id}\\?done=published$"));
        var delivery = leader.Locator("#article-deliveries li.delivery", new PageLocatorOptions { HasText = channelName });
        await Expect(delivery.Locator(".dstate")).ToHaveTextAsync("已送达", new() { Timeout = 60_000 });
        await NoSidewaysScrollAsync(leader, phone);
        await See(leader, "published-to-wechat");
        var sent = Assert.Single(sandbox.State.Publishes.All, p => p.Articles.Any(a => a.Title == title)).Articles.Single();
        Assert.False(string.IsNullOrEmpty(sent.ThumbMediaId));
    }

    [Theory]
    [InlineData(1366, 900, false)]
    [InlineData(390, 844, true)]
    public async Task WebsiteOnlyPiece_GainsTheWeChatChannel_FromItsArticlePage(int width, int height, bool phone)
    {
        walk = phone ? "wechat-add-phone" : "wechat-add-desktop";
        var title = "县医院新院区启用 " + Guid.NewGuid().ToString("N")[..4];
        var id = await SignedOffAsync(title, cover: true);

        var chief = await SignedInAsync(await PersonAsync(MediaRoles.ChiefEditor), width, height, phone);
        var publish = await PublishPageAsync(chief, title, id);
        var wechat = publish.Locator("fieldset label.check", new PageLocatorOptions { HasText = channelName }).Locator("input");
        await Expect(wechat).ToBeCheckedAsync(); // configured and ready: ticked by default
        await wechat.UncheckAsync(); // the desk holds the 公众号 back for now
        await chief.CheckAsync("form.confirm-form input[name='confirmed']");
        await chief.ClickAsync("button:has-text('确认发布')");
        await chief.WaitForURLAsync(new Regex($"/admin/articles/{id}\\?done=published$"));
        var panel = chief.Locator("#article-deliveries");
        await Expect(panel.Locator("li.delivery", new LocatorLocatorOptions { HasText = "网站" }).Locator(".dstate")).ToHaveTextAsync("已送达");
        await Expect(panel.Locator("li.delivery", new LocatorLocatorOptions { HasText = channelName })).ToHaveCountAsync(0);
        await See(chief, "published-website-only");

        await panel.Locator("form.add-channel select").SelectOptionAsync(new SelectOptionValue { Label = $"{channelName}（公众号）" });
        await panel.Locator("form.add-channel button[type='submit']").ClickAsync();
        await chief.WaitForURLAsync(new Regex($"/admin/articles/{id}\\?done=added"));
        await Expect(chief.Locator("#article-deliveries p.notice")).ToContainTextAsync("已加发");
        var added = chief.Locator("#article-deliveries li.delivery", new PageLocatorOptions { HasText = channelName });
        await Expect(added.Locator(".dstate")).ToHaveTextAsync("已送达", new() { Timeout = 60_000 });
        await Expect(chief.Locator("#article-deliveries form.add-channel")).ToHaveCountAsync(0); // nothing left to add
        await NoSidewaysScrollAsync(chief, phone);
        await See(chief, "wechat-added");
        Assert.Single(sandbox.State.Publishes.All, p => p.Articles.Any(a => a.Title == title));
    }

    /// <summary>From the list after signing in: the piece's row, its article page, 去发布.</summary>
    private async Task<IPage> PublishPageAsync(IPage page, string title, Guid id)
    {
        await See(page, "articles");
        await page.ClickAsync($"table.articles td.title a:has-text('{title}')");
        await page.WaitForURLAsync($"**/admin/articles/{id}");
        await See(page, "article-signed-off");
        await page.ClickAsync(".head-actions a:has-text('去发布')");
        await page.WaitForURLAsync($"**/admin/articles/{id}/publish");
        await See(page, "publish");
        return page;
    }

    /// <summary>待审 from the menu, the piece, 通过 (with the leader's 签发 confirmation).</summary>
    private async Task DecideAsync(IPage page, string title)
    {
        await page.ClickAsync("nav >> text=待审");
        await See(page, "inbox");
        await page.ClickAsync($"ol.inbox a:has-text('{title}')");
        await page.WaitForURLAsync(new Regex("/admin/review/[0-9a-f-]{36}$"));
        await See(page, "decide");
        var approve = page.Locator("form[action*='handler=Approve']");
        var confirm = approve.Locator("input[name='confirmed']");
        if (await confirm.CountAsync() > 0) await confirm.CheckAsync();
        await approve.Locator("button[type='submit']").ClickAsync();
        await Expect(page.Locator("p.notice")).ToContainTextAsync("已");
        await See(page, "decided");
    }

    /// <summary>A piece through the real 三审 over the API (the clicking of that part is NewsroomPathBrowserTests'),
    /// by people with Chinese names; with or without a cover.</summary>
    private async Task<Guid> SignedOffAsync(string title, bool cover)
    {
        var column = await newsroom.ColumnAsync("民生 " + Guid.NewGuid().ToString("N")[..4]);
        var reporter = await app.SignInAsync(await PersonAsync(MediaRoles.Reporter), Newsroom.Password);
        Guid? coverId = null;
        if (cover)
        {
            using var form = new MultipartFormDataContent();
            var photo = new ByteArrayContent(TestPhotos.Unique());
            photo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
            form.Add(photo, "file", "cover.jpg");
            coverId = (await MediaClient.ExpectAsync(await reporter.Http.PostAsync("/api/media", form), 201)).GetProperty("id").GetGuid();
        }
        var article = await reporter.PostJsonAsync("/api/articles", new
        {
            columnId = column, title, author = "记者 王小明", summary = "两座口袋公园今天开放。", body = "县城新增的口袋公园今天开放，供居民休闲。",
            coverMediaId = coverId,
        }, 201);
        var id = article.GetProperty("id").GetGuid();
        var version = article.GetProperty("version").GetInt32();
        await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version }, 200);
        foreach (var role in new[] { MediaRoles.Editor, MediaRoles.ChiefEditor, MediaRoles.Leader })
        {
            var reviewer = await app.SignInAsync(await PersonAsync(role), Newsroom.Password);
            await reviewer.PostJsonAsync($"/api/articles/{id}/review", new { version, decision = "approve", comment = "同意" }, 200);
        }
        return id;
    }

    private async Task See(IPage page, string name)
    {
        await PageLanguage.CheckAsync(page, $"{walk}-{++step:00}-{name}");
        await AdminAxe.NoSeriousViolationAsync(page);
    }

    private static async Task NoSidewaysScrollAsync(IPage page, bool phone)
    {
        if (phone)
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} scrolls sideways on a phone.");
    }

    private async Task<IPage> SignedInAsync(string userName, int width, int height, bool phone)
    {
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, width, height, phone);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        return page;
    }

    private async Task<string> PersonAsync(string role)
    {
        var userName = "w" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "公众号测试 " + RoleLabels.Label(role), password = Newsroom.Password, roles = new[] { role } }, 201);
        return userName;
    }
}
