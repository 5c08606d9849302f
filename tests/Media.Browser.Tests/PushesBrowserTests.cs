using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Media.WeChat.Sandbox;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>今日推送 on a phone (390×844, docs/admin-ui.md §12): an editor composes a three-article 群发 from /admin by
/// clicking only, moves the 头条 down, sends a preview to the configured WeChat id (the sandbox shows it, in the new order);
/// a leader sees the allowance, signs the push off and sends it, and the page follows it to 已发送.</summary>
public sealed class PushesBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private readonly Newsroom newsroom = new(app);
    private RunningWeChatSandbox sandbox = null!;

    public async Task InitializeAsync()
    {
        var options = new WeChatSandboxOptions { MassSendDelay = TimeSpan.FromMilliseconds(200) }.WithDemoAccountIfEmpty();
        sandbox = await WeChatSandboxServer.StartAsync(options, CancellationToken.None);
    }

    public async Task DisposeAsync() => await sandbox.DisposeAsync();

    [Fact]
    public async Task Editor_ComposesReordersAndPreviews_LeaderSignsOffAndSends_OnAPhone()
    {
        var account = sandbox.State.Options.Accounts[0];
        var stamp = Guid.NewGuid().ToString("N")[..4];
        var channelName = "县融媒公众号 " + stamp;
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = channelName,
            settings = new
            {
                appId = account.AppId, appSecret = account.Secret, apiBaseUrl = sandbox.BaseUrl.ToString(), accountType = "subscription",
                previewWxNames = new[] { "zhang_san" },
            },
        }, 201);
        string[] titles = [$"头条：新建冷链仓库 {stamp}", $"次条：新增公交线路 {stamp}", $"三条：县医院新院区 {stamp}"];
        await SignedOffArticlesAsync(titles);

        var editor = await SignedInPageAsync(MediaRoles.Editor, "编辑 赵六");
        await editor.ClickAsync("nav >> text=今日推送");
        await editor.WaitForURLAsync("**/admin/pushes");
        var compose = editor.Locator("form.compose-form");
        foreach (var title in titles) await compose.Locator("label.check", new LocatorLocatorOptions { HasText = title }).Locator("input").CheckAsync();
        await compose.Locator("button[type='submit']").ClickAsync();
        await Expect(editor.Locator("p.notice")).ToContainTextAsync("推送已创建");
        var push = editor.Locator("article.push").First;
        await Expect(push.Locator(".push-status")).ToHaveTextAsync("待签发");
        await Expect(push.Locator("ol.push-articles li img.cover")).ToHaveCountAsync(3);

        // The push lists the ticked articles in the form's order: newest first.
        string[] composed = [titles[2], titles[1], titles[0]];
        var items = editor.Locator("article.push").First.Locator("ol.push-articles li .title");
        for (var i = 0; i < 3; i++) await Expect(items.Nth(i)).ToContainTextAsync(composed[i]);

        await push.Locator($"button[aria-label='下移《{composed[0]}》']").ClickAsync();
        await Expect(editor.Locator("p.notice")).ToContainTextAsync("顺序已调整");
        string[] reordered = [composed[1], composed[0], composed[2]];
        for (var i = 0; i < 3; i++) await Expect(items.Nth(i)).ToContainTextAsync(reordered[i]);

        await editor.Locator("article.push").First.Locator("form.preview-form button[type='submit']").ClickAsync();
        await Expect(editor.Locator("p.notice")).ToContainTextAsync("预览已发送到微信号 zhang_san");
        var preview = Assert.Single(sandbox.State.MassSends.Previews, p => p.AppId == account.AppId);
        Assert.Equal("zhang_san", preview.WxName);
        Assert.Equal(reordered, preview.Titles);
        Assert.Empty(sandbox.State.Drafts.ForAccount(account.AppId));
        await Expect(editor.Locator("article.push").First.Locator("form.signoff-form")).ToHaveCountAsync(0); // not their own
        await AssertNoSidewaysScrollAsync(editor);

        var leader = await SignedInPageAsync(MediaRoles.Leader, "总编辑 钱七");
        leader.Dialog += async (_, dialog) => await dialog.AcceptAsync(); // 确认签发？确认群发？
        await leader.ClickAsync("nav >> text=今日推送");
        await leader.WaitForURLAsync("**/admin/pushes");
        var section = leader.Locator("section.account", new PageLocatorOptions { HasText = channelName });
        await Expect(section.Locator("p.allowance")).ToContainTextAsync("还可群发 1 次");
        await Expect(section.Locator("p.allowance")).ToContainTextAsync("北京时间");
        await section.Locator("form.signoff-form button[type='submit']").ClickAsync();
        await Expect(leader.Locator("p.notice")).ToContainTextAsync("推送已签发");
        await Expect(section.Locator("article.push").First.Locator(".push-status")).ToHaveTextAsync("已签发");
        await section.Locator("form.send-form button[type='submit']").ClickAsync();
        await Expect(leader.Locator("p.notice")).ToContainTextAsync("推送已开始发送");
        // The page reloads itself while the push is on its way.
        await Expect(section.Locator("article.push").First.Locator(".push-status")).ToHaveTextAsync("已发送", new() { Timeout = 60_000 });
        await Expect(section.Locator("p.allowance")).ToContainTextAsync("还可群发 0 次");
        var send = Assert.Single(sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        Assert.Equal(reordered, send.Articles.Select(a => a.Title));
        await AssertNoSidewaysScrollAsync(leader);
    }

    private async Task<IPage> SignedInPageAsync(string role, string displayName)
    {
        var userName = "p" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName, password = Newsroom.Password, roles = new[] { role } }, 201);
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, 390, 844, phone: true);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        return page;
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");

    /// <summary>Articles through 三审 with a cover each (WeChat requires one).</summary>
    private async Task SignedOffArticlesAsync(string[] titles)
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        foreach (var title in titles)
        {
            using var form = new MultipartFormDataContent();
            var photo = new ByteArrayContent(TestPhotos.Unique());
            photo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
            form.Add(photo, "file", "cover.jpg");
            var cover = await MediaClient.ExpectAsync(await reporter.Http.PostAsync("/api/media", form), 201);
            var article = await reporter.PostJsonAsync("/api/articles", new
            {
                columnId = column, title, author = "记者 王小明", summary = "县里的新消息。", body = "县里今天召开会议，部署今冬明春的重点工作。",
                coverMediaId = cover.GetProperty("id").GetGuid(),
            }, 201);
            await SignOffPath.SignOffAsync(newsroom, reporter, article);
        }
    }
}
