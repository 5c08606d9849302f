using System.Text.Json;
using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Media.WeChat.Sandbox;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>今日推送 on a phone (390×844, docs/admin-ui.md §12): an editor composes a three-article 群发 from /admin by
/// clicking only, moves the 头条 down, sends a preview to the configured WeChat id (the sandbox shows it, in the new order);
/// a leader sees the allowance, signs the push off and sends it, and the page follows it to 已发送; the editor's stale 下移
/// after the sign-off is refused in Chinese. On a desktop, drag and drop and the choice of a cover.</summary>
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

        // The editor's page still offers 下移 from before the sign-off: the desk refuses, in Chinese (docs/admin-ui.md §13).
        await editor.Locator("article.push").First.Locator($"button[aria-label='下移《{reordered[0]}》']").ClickAsync();
        await Expect(editor.Locator("div.refusal")).ToContainTextAsync("顺序没有调整：这条推送现在是「已签发」，只有待签发的推送可以调整顺序、稿件或封面。");
        await PageLanguage.AssertChineseOnlyAsync(editor);
        for (var i = 0; i < 3; i++) await Expect(items.Nth(i)).ToContainTextAsync(reordered[i]);
        await section.Locator("form.send-form button[type='submit']").ClickAsync();
        await Expect(leader.Locator("p.notice")).ToContainTextAsync("推送已开始发送");
        // The page reloads itself while the push is on its way.
        await Expect(section.Locator("article.push").First.Locator(".push-status")).ToHaveTextAsync("已发送", new() { Timeout = 60_000 });
        await Expect(section.Locator("p.allowance")).ToContainTextAsync("还可群发 0 次");
        var send = Assert.Single(sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        Assert.Equal(reordered, send.Articles.Select(a => a.Title));
        await AssertNoSidewaysScrollAsync(leader);
    }

    /// <summary>On a desktop (1366×768) the editor drags the third article of a draft push to the top (pushes.js, HTML5 drag
    /// and drop): the new order is saved (a reload shows it) with a new content hash; then, without script, picks the 头条's
    /// body photo as its cover in this push.</summary>
    [Fact]
    public async Task Editor_DragsTheThirdArticleToTheTop_AndChoosesACover_OnADesktop()
    {
        var account = sandbox.State.Options.Accounts[0];
        var stamp = Guid.NewGuid().ToString("N")[..4];
        var channel = await (await newsroom.AdminAsync()).PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = "拖放测试公众号 " + stamp,
            settings = new { appId = account.AppId, appSecret = account.Secret, apiBaseUrl = sandbox.BaseUrl.ToString() },
        }, 201);
        string[] titles = [$"拖放一 {stamp}", $"拖放二 {stamp}", $"拖放三 {stamp}"];
        var ids = await SignedOffArticlesAsync(titles, bodyPhotoIn: 2);
        var (composer, _) = await newsroom.UserAsync(MediaRoles.Editor);
        var created = await composer.PostJsonAsync("/api/wechat/pushes",
            new { channelId = channel.GetProperty("id").GetGuid(), mode = "massSend", articleIds = ids }, 201);
        var pushId = created.GetProperty("id").GetGuid();

        var editor = await SignedInPageAsync(MediaRoles.Editor, "编辑 孙八", 1366, 768);
        await editor.GotoAsync("/admin/pushes");
        var push = editor.Locator($"article.push[data-push-id='{pushId}']");
        var items = push.Locator("ol.push-articles > li");
        await Expect(items).ToHaveCountAsync(3);
        await items.Nth(2).Locator(".title").DragToAsync(items.Nth(0).Locator(".title"),
            new LocatorDragToOptions { TargetPosition = new TargetPosition { X = 4, Y = 2 } });
        await Expect(editor.Locator("p.notice")).ToContainTextAsync("顺序已调整");
        await editor.ReloadAsync();
        string[] dragged = [titles[2], titles[0], titles[1]];
        for (var i = 0; i < 3; i++) await Expect(items.Nth(i).Locator(".title")).ToContainTextAsync(dragged[i]);
        var moved = await composer.GetJsonAsync($"/api/wechat/pushes/{pushId}");
        Assert.Equal([ids[2], ids[0], ids[1]], moved.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("articleId").GetGuid()));
        Assert.NotEqual(created.GetProperty("contentHash").GetString(), moved.GetProperty("contentHash").GetString());

        // 换封面 (a plain form): the 头条 now has two photos, its cover and the one in its body.
        var headline = items.Nth(0);
        var before = await headline.Locator("img.cover").First.GetAttributeAsync("src");
        await headline.Locator("details.cover-choice summary").ClickAsync();
        await headline.Locator("details.cover-choice label", new LocatorLocatorOptions { HasText = "正文图片 1" }).Locator("input").CheckAsync();
        await headline.Locator("details.cover-choice button[type='submit']").ClickAsync();
        await Expect(editor.Locator("p.notice")).ToContainTextAsync("封面已更换");
        Assert.NotEqual(before, await items.Nth(0).Locator("img.cover").First.GetAttributeAsync("src"));
        var covered = await composer.GetJsonAsync($"/api/wechat/pushes/{pushId}");
        Assert.Equal(JsonValueKind.String, covered.GetProperty("articles")[0].GetProperty("coverMediaId").ValueKind);
        Assert.NotEqual(moved.GetProperty("contentHash").GetString(), covered.GetProperty("contentHash").GetString());
    }

    private async Task<IPage> SignedInPageAsync(string role, string displayName, int width = 390, int height = 844)
    {
        var userName = "p" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName, password = Newsroom.Password, roles = new[] { role } }, 201);
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, width, height, phone: width < 800);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        return page;
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");

    /// <summary>Articles through 三审 with a cover each (WeChat requires one); the one at <paramref name="bodyPhotoIn"/>, if
    /// any, also has a library photo in its body.</summary>
    private async Task<Guid[]> SignedOffArticlesAsync(string[] titles, int bodyPhotoIn = -1)
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var ids = new List<Guid>();
        foreach (var title in titles)
        {
            var cover = await UploadAsync(reporter);
            var body = "县里今天召开会议，部署今冬明春的重点工作。";
            if (ids.Count == bodyPhotoIn) body += $"\n\n![会场]({(await UploadAsync(reporter)).GetProperty("url").GetString()})";
            var article = await reporter.PostJsonAsync("/api/articles", new
            {
                columnId = column, title, author = "记者 王小明", summary = "县里的新消息。", body, coverMediaId = cover.GetProperty("id").GetGuid(),
            }, 201);
            var (signed, _) = await SignOffPath.SignOffAsync(newsroom, reporter, article);
            ids.Add(signed.GetProperty("id").GetGuid());
        }
        return ids.ToArray();
    }

    private static async Task<JsonElement> UploadAsync(MediaClient author)
    {
        using var form = new MultipartFormDataContent();
        var photo = new ByteArrayContent(TestPhotos.Unique());
        photo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        form.Add(photo, "file", "photo.jpg");
        return await MediaClient.ExpectAsync(await author.Http.PostAsync("/api/media", form), 201);
    }
}
