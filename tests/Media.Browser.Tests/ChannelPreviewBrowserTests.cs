using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>The reviewer's channel previews (docs/review.md §4) on a phone (390×844): the site's own page with its 预览
/// banner, and the 微信公众号 tab showing exactly what draft/add will receive, in a phone-wide sandboxed frame.</summary>
public sealed class ChannelPreviewBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task ReviewPage_ShowsTheSitePreview_AndTheWeChatTab_OnAPhone()
    {
        var title = "县里新建冷链仓库 " + Guid.NewGuid().ToString("N")[..4];
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var column = await newsroom.ColumnAsync("经济 " + Guid.NewGuid().ToString("N")[..4]);
        var article = await Newsroom.ArticleAsync(reporter, column, title, "## 现场\n\n总库容达到 **1.2 万吨**。\n\n- 一号库\n- 二号库");
        var id = article.GetProperty("id").GetGuid();
        await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);
        var wechatHtml = await (await reporter.GetAsync($"/api/articles/{id}/preview?channel=wechat")).Content.ReadAsStringAsync();

        var editor = await SignedInAsync(await PersonAsync(MediaRoles.Editor));
        await editor.GotoAsync($"/admin/review/{id}");

        // 网站 is open first: the public theme's page, marked as a preview.
        var site = editor.FrameLocator(".preview-frame-web iframe");
        await Expect(site.Locator(".preview-banner")).ToContainTextAsync("预览 · 第 1 版 · 尚未发布");
        await Expect(site.Locator("article.story h1")).ToHaveTextAsync(title);
        // The theme's stylesheet applies inside the sandboxed frame: the page looks as readers will see it.
        Assert.Equal("rgb(255, 214, 102)", await site.Locator(".preview-banner").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await Expect(editor.Locator(".preview-frame-wechat iframe")).ToBeHiddenAsync();

        await editor.ClickAsync(".preview-tabs label:has-text('微信公众号')");
        var frame = editor.Locator(".preview-frame-wechat iframe");
        await Expect(frame).ToBeVisibleAsync();
        await Expect(editor.Locator(".preview-frame-web iframe")).ToBeHiddenAsync();
        var wechat = editor.FrameLocator(".preview-frame-wechat iframe");
        await Expect(wechat.Locator("header h1")).ToHaveTextAsync(title);
        await Expect(wechat.Locator("#content strong")).ToHaveTextAsync("1.2 万吨");
        await Expect(wechat.Locator("#content li")).ToHaveCountAsync(2);
        // WeChat styles every element inline, and the frame lets those styles apply: the phone's look, not the admin's.
        Assert.Equal("20px", await wechat.Locator("#content h2").EvaluateAsync<string>("e => getComputedStyle(e).fontSize"));
        Assert.Contains("总库容达到", wechatHtml, StringComparison.Ordinal);

        var box = await frame.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.Width, 300, 390);
        Assert.True(await editor.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
    }

    private async Task<IPage> SignedInAsync(string userName)
    {
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, 390, 844, phone: true);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        return page;
    }

    private async Task<string> PersonAsync(string role)
    {
        var userName = "v" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "预览测试 " + role, password = Newsroom.Password, roles = new[] { role } }, 201);
        return userName;
    }
}
