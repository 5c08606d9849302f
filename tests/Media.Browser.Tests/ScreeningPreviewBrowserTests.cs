using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>
/// Screening where the editor works (docs/admin-ui.md §10): 保存 lands on the article page with the hits grouped,
/// a click opens the highlighted preview with each hit in a <c>mark</c> (in bold and link text too), a click on a
/// place lands on its mark, and axe-core finds nothing serious or critical on either page, desk and phone.
/// </summary>
public sealed class ScreeningPreviewBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private const string Body = "县里召开××会议。\n\n**重点是××工作**，详见[××通知](https://example.com/a)。\n\n研发&××投入。";

    private readonly Newsroom newsroom = new(app);

    [Theory]
    [InlineData(1366, 768, false)]
    [InlineData(390, 844, true)]
    public async Task SavedDraft_ShowsGroups_AndClicksThroughToTheHighlightedPreview(int width, int height, bool phone)
    {
        var userName = "s" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "筛查记者", password = Newsroom.Password, roles = new[] { MediaRoles.Reporter } }, 201);
        var column = "要闻 " + Guid.NewGuid().ToString("N")[..4];
        await newsroom.ColumnAsync(column);
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, width, height, phone);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        await page.GotoAsync("/admin/articles/new");
        await AdminPages.FillArticleAsync(page, column, "全县工作会议召开", Body);

        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/articles/[0-9a-f-]{36}\\?saved=1$"));
        var screening = page.Locator("section.saved-screening");
        await Expect(screening.Locator("details.hit-group.hit-block summary")).ToContainTextAsync("4 处");
        await Expect(screening).ToContainTextAsync("送审前须改好");
        await AdminAxe.NoSeriousViolationAsync(page);

        await screening.GetByRole(AriaRole.Link, new() { Name = "在预览中标出" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/preview\\?version=1&screening=1$"));
        var marks = page.Locator("section.proof mark.hit-block");
        await Expect(marks).ToHaveCountAsync(4);
        await Expect(page.Locator("section.proof strong mark")).ToHaveTextAsync("××");
        await Expect(page.Locator("section.proof a mark")).ToHaveTextAsync("××");
        await Expect(marks.First).ToHaveAttributeAsync("title", "占位符（必须修改）");
        await AdminAxe.NoSeriousViolationAsync(page);

        await page.GoBackAsync();
        var place = screening.Locator("ol.hit-places a").Nth(1);
        var anchor = (await place.GetAttributeAsync("href"))!.Split('#')[1];
        await place.ClickAsync();
        await page.WaitForURLAsync($"**#{anchor}");
        await Expect(page.Locator($"mark#{anchor}")).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }
}
