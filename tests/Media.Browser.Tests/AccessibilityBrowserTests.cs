using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>
/// The public site for every reader (docs/architecture.md §8): axe-core finds nothing serious or critical on the
/// home, column, article and search pages on a desktop and a phone, nor on an article in the 大字模式; Tab reaches
/// 跳到正文 first with a visible focus ring; and the reading mode, switched without JavaScript, follows the reader
/// from page to page until switched off.
/// </summary>
public sealed class AccessibilityBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private const string Word = "银杏";

    private static readonly string[] Blocking = ["serious", "critical"];

    private readonly Newsroom newsroom = new(app);

    [Theory]
    [InlineData(1366, 768, false)]
    [InlineData(390, 844, true)]
    public async Task HomeColumnArticleAndSearch_HaveNoSeriousOrCriticalViolations(int width, int height, bool phone)
    {
        var (title, column) = await PublishAsync();
        var reader = await OpenAsync(width, height, phone, javaScript: true);

        await reader.GotoAsync("/");
        await ExpectCleanAsync(reader, $"home {width}px");

        await reader.Locator("nav.column-nav").GetByRole(AriaRole.Link, new() { Name = column, Exact = true }).ClickAsync();
        await Expect(reader.Locator("h1.page-title")).ToHaveTextAsync(column);
        await ExpectCleanAsync(reader, $"column {width}px");

        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(reader.Locator("article.story h1")).ToHaveTextAsync(title);
        await ExpectCleanAsync(reader, $"article {width}px");

        await reader.GotoAsync($"/search?q={Uri.EscapeDataString(Word)}");
        await Expect(reader.Locator("li.search-result", new() { HasText = title })).ToBeVisibleAsync();
        await ExpectCleanAsync(reader, $"search {width}px");
        await reader.Context.CloseAsync();
    }

    [Fact]
    public async Task Article_InTheLargeTextMode_HasNoSeriousOrCriticalViolations()
    {
        var (title, _) = await PublishAsync();
        var reader = await OpenAsync(390, 844, phone: true, javaScript: true);
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await reader.GetByRole(AriaRole.Button, new() { Name = "大字模式" }).ClickAsync();

        await Expect(reader.Locator("html")).ToHaveClassAsync("large-text");
        await Expect(reader.Locator("article.story h1")).ToHaveTextAsync(title);
        await ExpectCleanAsync(reader, "article in 大字模式");
        await reader.Context.CloseAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Tab_FromTheTop_ReachesTheSkipLinkFirst_WithAVisibleFocusRing(bool large)
    {
        var (title, _) = await PublishAsync();
        var reader = await OpenAsync(1366, 768, phone: false, javaScript: true);
        await reader.GotoAsync("/");
        if (large) await reader.GetByRole(AriaRole.Button, new() { Name = "大字模式" }).ClickAsync();
        if (large) await Expect(reader.Locator("html")).ToHaveClassAsync("large-text");

        await reader.Keyboard.PressAsync("Tab");
        var skip = reader.GetByRole(AriaRole.Link, new() { Name = "跳到正文" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        Assert.True(await OutlineWidthAsync(skip) > 0, "the focused skip link shows no outline");

        // Then the masthead in reading order: the site's name, the search box and its button, the mode switch.
        await reader.Keyboard.PressAsync("Tab");
        await Expect(reader.Locator("a.brand")).ToBeFocusedAsync();
        await reader.Keyboard.PressAsync("Tab");
        await Expect(reader.GetByRole(AriaRole.Searchbox, new() { Name = "搜索稿件" })).ToBeFocusedAsync();
        await reader.Keyboard.PressAsync("Tab");
        await reader.Keyboard.PressAsync("Tab");
        var standard = reader.GetByRole(AriaRole.Button, new() { Name = "标准模式" });
        await Expect(standard).ToBeFocusedAsync();
        Assert.True(await OutlineWidthAsync(standard) > 0, "the focused mode button shows no outline");

        // 跳到正文 moves the reading position: the next Tab lands in the main content, on the lead story.
        await reader.Keyboard.PressAsync("Shift+Tab");
        await reader.Keyboard.PressAsync("Shift+Tab");
        await reader.Keyboard.PressAsync("Shift+Tab");
        await reader.Keyboard.PressAsync("Shift+Tab");
        await Expect(skip).ToBeFocusedAsync();
        await reader.Keyboard.PressAsync("Enter");
        await reader.Keyboard.PressAsync("Tab");
        var lead = reader.Locator("main a.lead-link");
        await Expect(lead).ToBeFocusedAsync();
        await Expect(lead).ToContainTextAsync(title);
        Assert.True(await OutlineWidthAsync(lead) > 0, "the focused lead story shows no outline");
        await reader.Context.CloseAsync();
    }

    [Fact]
    public async Task LargeTextMode_WithoutJavaScript_FollowsTheReaderAcrossPages_UntilSwitchedOff()
    {
        var (title, column) = await PublishAsync();
        var reader = await OpenAsync(390, 844, phone: true, javaScript: false);
        await reader.GotoAsync("/");
        var large = reader.GetByRole(AriaRole.Button, new() { Name = "大字模式" });
        var standard = reader.GetByRole(AriaRole.Button, new() { Name = "标准模式" });
        await Expect(large).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.True(await FontSizeAsync(reader.Locator("body")) < 20, "the standard mode's text is already large");

        await large.ClickAsync();
        await reader.WaitForURLAsync(new Uri(app.RootUri, "/").ToString());
        await Expect(reader.Locator("html")).ToHaveClassAsync("large-text");
        await Expect(large).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await FontSizeAsync(reader.Locator("body")) >= 20);

        await reader.Locator("nav.column-nav").GetByRole(AriaRole.Link, new() { Name = column, Exact = true }).ClickAsync();
        await Expect(reader.Locator("h1.page-title")).ToHaveTextAsync(column);
        await Expect(reader.Locator("html")).ToHaveClassAsync("large-text");
        Assert.True(await FontSizeAsync(reader.Locator("main .card h2").First) >= 20);

        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(reader.Locator("article.story h1")).ToHaveTextAsync(title);
        await Expect(reader.Locator("html")).ToHaveClassAsync("large-text");
        Assert.True(await FontSizeAsync(reader.Locator("article.story .body p").First) >= 20);
        var articleUrl = reader.Url;

        // Switched off on the article: back on the same article, in the standard mode, and it stays so.
        await standard.ClickAsync();
        await reader.WaitForURLAsync(articleUrl);
        await Expect(reader.Locator("html")).Not.ToHaveClassAsync("large-text");
        await Expect(standard).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.True(await FontSizeAsync(reader.Locator("article.story .body p").First) < 20);
        await reader.GetByRole(AriaRole.Link, new() { Name = "首页", Exact = true }).ClickAsync();
        await Expect(reader.Locator("html")).Not.ToHaveClassAsync("large-text");
        await reader.Context.CloseAsync();
    }

    /// <summary>Publishes a piece in a new column (tagged, with a subheading, found by <see cref="Word"/>) through the
    /// newsroom's real path; answers its title and its column's name.</summary>
    private async Task<(string Title, string Column)> PublishAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var title = "县城新增两座口袋公园 " + suffix;
        var column = "民生" + suffix;
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var columnId = await newsroom.ColumnAsync(column);
        var body = $"两座口袋公园种植了{Word}和海棠，供居民休闲。\n\n## 开放时间\n\n公园全天开放，免费进入。";
        var (signed, leader) = await SignOffPath.SignOffAsync(newsroom, reporter, await Newsroom.ArticleAsync(reporter, columnId, title, body));
        var id = signed.GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);
        return (title, column);
    }

    private async Task<IPage> OpenAsync(int width, int height, bool phone, bool javaScript)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            Locale = "zh-CN",
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Runs axe-core on the page and fails with every serious or critical violation, one line per element.</summary>
    private static async Task ExpectCleanAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"axe-core on {what} ({page.Url}):\n" + Describe(blocking));
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join("\n", violations.SelectMany(v => v.Nodes.Select(n =>
            $"  [{v.Impact}] {v.Id}: {v.Help} — {n.Target}\n      {n.Html}\n      {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")));

    private static async Task<double> OutlineWidthAsync(ILocator element) =>
        await element.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).outlineWidth) || 0");

    private static async Task<double> FontSizeAsync(ILocator element) =>
        await element.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
}
