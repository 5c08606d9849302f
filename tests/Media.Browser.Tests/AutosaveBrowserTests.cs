using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>The editor's 字数, unsaved-changes warning and autosave (docs/admin-ui.md §11): the count follows the typing,
/// a dirty page asks before it is left, the draft is saved by itself within about 30 s and is there after a reload,
/// and an autosave over a version saved elsewhere is refused and says so.</summary>
public sealed class AutosaveBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private static readonly LocatorAssertionsToContainTextOptions HalfAMinute = new() { Timeout = 50_000 };

    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Editor_CountsWords_WarnsWhenLeft_Autosaves_AndNeverOverwritesANewerVersion()
    {
        var userName = "a" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "自动保存 记者", password = Newsroom.Password, roles = new[] { MediaRoles.Reporter } }, 201);
        var api = await app.SignInAsync(userName, Newsroom.Password);
        var column = await newsroom.ColumnAsync();
        var title = "县城新开通公交线路 " + Guid.NewGuid().ToString("N")[..4];
        var id = (await Newsroom.ArticleAsync(api, column, title, "旧的正文。")).GetProperty("id").GetGuid();
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, 1366, 900);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        await page.ClickAsync($"table.articles td.title a:has-text('{title}')");
        await page.WaitForURLAsync($"**/admin/articles/{id}");
        await page.GotoAsync($"/admin/articles/{id}/edit");

        var body = page.Locator("textarea[name='Form.Body']");
        await Expect(page.Locator("#word-count")).ToHaveTextAsync("字数 5");
        await body.FillAsync("县城 新开通 3 条公交线路。\n\n首班车6时发车。");
        await Expect(page.Locator("#word-count")).ToHaveTextAsync("字数 20");

        // Leaving a dirty page asks first; staying keeps the text.
        var asked = new TaskCompletionSource<string>();
        async void Stay(object? sender, IDialog dialog)
        {
            asked.TrySetResult(dialog.Type);
            await dialog.DismissAsync();
        }
        page.Dialog += Stay;
        await page.ClickAsync("nav a[href='/admin/articles']");
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(15)));
        page.Dialog -= Stay;
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/articles/{id}/edit$"));

        // Within about 30 s the draft saves itself; after a reload the text is there, as version 2.
        await Expect(page.Locator("#autosave-state")).ToContainTextAsync(new Regex("^已自动保存 \\d{2}:\\d{2}$"), new() { Timeout = 50_000 });
        await page.ReloadAsync();
        await Expect(body).ToHaveValueAsync("县城 新开通 3 条公交线路。\n\n首班车6时发车。");
        Assert.Equal(2, (await api.GetJsonAsync($"/api/articles/{id}")).GetProperty("version").GetInt32());

        // Someone saves version 3 elsewhere; the open editor's next autosave (of version 2) is refused, not applied.
        await MediaClient.ExpectAsync(await api.PutAsync($"/api/articles/{id}",
            new { columnId = column, title, author = "记者", body = "编辑部改过的正文。" }, "\"2\""), 200);
        await body.FillAsync("这段文字不该覆盖别人的修改。");
        await Expect(page.Locator("#autosave-state")).ToContainTextAsync("已在别处修改", HalfAMinute);
        var current = await api.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal(3, current.GetProperty("version").GetInt32());
        Assert.Equal("编辑部改过的正文。", current.GetProperty("body").GetString());
        await Expect(body).ToHaveValueAsync("这段文字不该覆盖别人的修改。"); // the reader's text stays on the page
    }
}
