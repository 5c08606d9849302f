using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>Site search in the browser (docs/search.md §6): a reader types a word into the header's search box on a
/// phone, gets the published piece with the word highlighted, and opens it.</summary>
public sealed class SearchBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Reader_SearchesFromTheHeader_AndOpensTheHighlightedResult()
    {
        var title = "县城新增两座口袋公园 " + Guid.NewGuid().ToString("N")[..4];
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var column = await newsroom.ColumnAsync("民生 " + Guid.NewGuid().ToString("N")[..4]);
        var (signed, leader) = await SignOffPath.SignOffAsync(newsroom, reporter,
            await Newsroom.ArticleAsync(reporter, column, title, "两座口袋公园种植了银杏和海棠，供居民休闲。"));
        var id = signed.GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);

        var reader = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, 390, 844, phone: true);
        await reader.GotoAsync("/");
        await reader.GetByLabel("搜索稿件").First.FillAsync("银杏");
        await reader.GetByLabel("搜索稿件").First.PressAsync("Enter");
        await reader.WaitForURLAsync("**/search?q=*");

        await Expect(reader.Locator("p.search-count")).ToContainTextAsync("篇与“银杏”相关的稿件");
        var result = reader.Locator("li.search-result", new PageLocatorOptions { HasText = title });
        await Expect(result.Locator("p.snippet em").First).ToHaveTextAsync("银杏");
        await Expect(reader.Locator("#search-page-q")).ToHaveValueAsync("银杏");
        await result.Locator("h2 a").ClickAsync();
        await reader.WaitForURLAsync($"**/{id.ToString("N")[^8..]}.html"); // its readable address (docs/http-api.md §4.14)
        await Expect(reader.Locator("h1")).ToContainTextAsync(title);
        await reader.Context.CloseAsync();
    }
}
