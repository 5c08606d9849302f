using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>加发渠道 in the browser (docs/admin-ui.md §1): a piece published to the county site only is sent to the county
/// app from its article page, by choosing the channel and clicking; the panel shows the new delivery arrive.</summary>
public sealed class DeliveriesBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const string Secret = "county-app-webhook-secret-2026";
    private readonly Newsroom newsroom = new(app);
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync(Secret);

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    [Theory]
    [InlineData(1366, 900, false)]
    [InlineData(390, 844, true)]
    public async Task PublishedPiece_GainsAChannel_FromItsArticlePage(int width, int height, bool phone)
    {
        var channelName = "掌上县城 " + Guid.NewGuid().ToString("N")[..4];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/channels",
            new { type = "app", name = channelName, settings = new { webhookUrl = receiver.Url.ToString(), secret = Secret } }, 201);
        var title = "县图书馆延长开放时间 " + Guid.NewGuid().ToString("N")[..4];
        var (signed, leader) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync(), title);
        var id = signed.GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);

        var userName = "d" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "加发测试", password = Newsroom.Password, roles = new[] { MediaRoles.ChiefEditor } }, 201);
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, width, height, phone);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        await page.ClickAsync($"table.articles td.title a:has-text('{title}')");
        await page.WaitForURLAsync($"**/admin/articles/{id}");
        var panel = page.Locator("#article-deliveries");
        await Expect(panel.Locator("li.delivery")).ToHaveCountAsync(1);

        await panel.Locator("form.add-channel select").SelectOptionAsync(new SelectOptionValue { Label = $"{channelName}（客户端）" });
        await panel.Locator("form.add-channel button[type='submit']").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/admin/articles/{id}\\?done=added"));
        await Expect(page.Locator("#article-deliveries p.notice")).ToContainTextAsync("已加发");
        var added = page.Locator("#article-deliveries li.delivery", new PageLocatorOptions { HasText = channelName });
        await Expect(added.Locator(".dstate")).ToHaveTextAsync("已送达"); // the panel refreshes itself while work is open
        await Expect(page.Locator($"#article-deliveries form.add-channel option:has-text('{channelName}')")).ToHaveCountAsync(0);
        Assert.Contains(receiver.Requests, r => r.Event == "article.published" && r.SignatureValid);
        if (phone)
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
    }
}
