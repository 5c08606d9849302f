using System.Net;
using System.Text.Json;
using Media.Data;
using Media.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>The demo's 今日推送 on a phone (390×844), as README "Run it" tells a newcomer: the site runs as the demo runs
/// it (Development, demo on), the demo <c>leader</c> opens 今日推送, presses 签发 and 群发 on the push the demo's
/// <c>editor</c> composed, and the page follows it to 已发送 — ended by the demo 公众号's MASSSENDJOBFINISH.</summary>
public sealed class DemoPushBrowserTests(DemoPushBrowserTests.DemoSite site, ChromiumFixture chromium)
    : IClassFixture<DemoPushBrowserTests.DemoSite>, IClassFixture<ChromiumFixture>
{
    private const string Password = "media-demo-2026";

    [Fact]
    public async Task DemoLeader_SignsOffAndSendsTodaysPush_OnAPhone()
    {
        var leader = await MediaClient.SignInAsync(new HttpClient { BaseAddress = site.RootUri }, "leader", Password);
        var push = await SeededPushAsync(leader);
        var firstTitle = push.GetProperty("articles")[0].GetProperty("title").GetString()!;

        var page = await AdminPages.OpenAsync(chromium.Browser, site.RootUri, 390, 844, phone: true);
        await AdminPages.SignInAsync(page, "leader", Password);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(); // 确认签发？确认群发？
        await page.ClickAsync("nav >> text=今日推送");
        await page.WaitForURLAsync("**/admin/pushes");
        var section = page.Locator("section.account", new PageLocatorOptions { HasText = "演示公众号（微信沙箱）" });
        var card = section.Locator("article.push", new LocatorLocatorOptions { HasText = firstTitle });
        await Expect(card.Locator(".push-status")).ToHaveTextAsync("待签发");
        await Expect(card.Locator("ol.push-articles li img.cover")).ToHaveCountAsync(3);
        await Expect(section.Locator("p.allowance")).ToContainTextAsync("还可群发 1 次");

        await card.Locator("form.signoff-form button[type='submit']").ClickAsync();
        await Expect(page.Locator("p.notice")).ToContainTextAsync("推送已签发");
        await Expect(card.Locator(".push-status")).ToHaveTextAsync("已签发");
        await card.Locator("form.send-form button[type='submit']").ClickAsync();
        await Expect(page.Locator("p.notice")).ToContainTextAsync("推送已开始发送");
        await Expect(card.Locator(".push-status")).ToHaveTextAsync("已发送", new() { Timeout = 60_000 });
        await Expect(section.Locator("p.allowance")).ToContainTextAsync("还可群发 0 次");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");

        var sent = await leader.GetJsonAsync($"/api/wechat/pushes/{push.GetProperty("id").GetGuid()}");
        Assert.All(sent.GetProperty("articles").EnumerateArray(), a =>
            Assert.StartsWith("http://mp.weixin.qq.com/s/", a.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.String, sent.GetProperty("signedOffBy").ValueKind);
    }

    /// <summary>The demo seeds its push in the background once the site listens (through its own API).</summary>
    private static async Task<JsonElement> SeededPushAsync(MediaClient leader)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddMinutes(4);
        do
        {
            var list = await leader.GetJsonAsync("/api/wechat/pushes");
            if (list.GetProperty("total").GetInt32() > 0) return Assert.Single(list.GetProperty("items").EnumerateArray());
            await Task.Delay(500);
        }
        while (TimeProvider.System.GetUtcNow() < deadline);
        throw new Xunit.Sdk.XunitException("The demo did not seed its push.");
    }

    /// <summary>The site as README's one command runs it — Development, demo on, its own sandbox on a free port — on
    /// Kestrel for the browser (as Media.Web.Tests' DemoSite).</summary>
    public sealed class DemoSite : MediaAppFactory
    {
        public DemoSite() : base(DatabaseProvider.Sqlite) => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

        public Uri RootUri
        {
            get
            {
                StartServer();
                var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                    ?? throw new InvalidOperationException("The server reports no addresses: is it Kestrel?");
                return new Uri(addresses.Addresses.First());
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
            builder.UseSetting("Media:Demo", "true");
            builder.UseSetting("Media:Demo:WeChatSandboxPort", "0");
            builder.UseStaticWebAssets(); // the modules' CSS and JS, as KestrelMediaApp
        }
    }
}
