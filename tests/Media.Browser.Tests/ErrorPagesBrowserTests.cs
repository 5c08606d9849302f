using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>Error pages (docs/admin-ui.md §3): a reader who mistypes an address gets the county site's not-found page
/// (never JSON), a newsroom user gets readable Chinese in the admin theme with a way back, and the API keeps its
/// problem details.</summary>
public sealed class ErrorPagesBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private readonly Newsroom newsroom = new(app);

    [Theory]
    [InlineData(1366, 900, false)]
    [InlineData(390, 844, true)]
    public async Task Reader_OnAnUnknownAddress_SeesTheSitesNotFoundPage_AndGoesHome(int width, int height, bool phone)
    {
        var reader = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, width, height, phone);
        foreach (var path in new[] { "/no/such/page", "/articles/not-a-guid", "/about.php" })
        {
            var response = await reader.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
            await Expect(reader.Locator("h1")).ToHaveTextAsync("页面不存在");
        }
        await reader.ClickAsync("text=返回首页");
        await reader.WaitForURLAsync(new Regex("/$"));
        if (phone)
            Assert.True(await reader.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
    }

    [Fact]
    public async Task Api_KeepsProblemDetails_ForUnknownAddresses()
    {
        var client = app.CreateClient();
        var unknown = await client.GetAsync("/api/nothing-here");
        // Anonymous: the fallback policy asks for a token where nothing is declared public (docs/accounts.md §11).
        Assert.Equal(401, (int)unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        var wrongMethod = await client.GetAsync($"/api/articles/{Guid.NewGuid()}/publish"); // a POST-only address
        Assert.Equal("application/problem+json", wrongMethod.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(1366, 900, false)]
    [InlineData(390, 844, true)]
    public async Task NewsroomUser_OnAMissingArticleOrPage_SeesAChineseAdminPage_WithAWayBack(int width, int height, bool phone)
    {
        var userName = "e" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "错误页测试", password = Newsroom.Password, roles = new[] { MediaRoles.Reporter } }, 201);
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, width, height, phone);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);

        foreach (var path in new[] { $"/admin/articles/{Guid.NewGuid()}", "/admin/no-such-page", $"/admin/review/{Guid.NewGuid()}" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Expect(page.Locator("h1")).ToHaveTextAsync("找不到页面");
            await Expect(page.Locator("header.topbar nav")).ToContainTextAsync("稿件"); // the admin theme, menu and all
        }
        await page.ClickAsync("text=返回稿件列表");
        await page.WaitForURLAsync("**/admin/articles");

        var refused = await page.GotoAsync($"/admin/articles/{Guid.NewGuid()}/publish"); // a reporter does not publish
        await page.WaitForURLAsync("**/admin/denied**");
        await Expect(page.Locator("h1")).ToContainTextAsync("无权访问");
        Assert.NotNull(refused);
        if (phone)
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
    }
}
