using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>The leader's phone (docs/admin-ui.md §5) at 390×844: the article's heading above the decision forms, the
/// fixed action bar, 签发 refused by the form until 我已阅读全文并确认签发 is ticked, and no sideways scroll on the
/// decision page, the audit trail, the 审签单 and the published piece's deliveries.</summary>
public sealed class PhoneDecisionBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private const string NoSidewaysScroll = "document.scrollingElement.scrollWidth <= 390";

    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Leader_ReadsBeforeDeciding_ConfirmsSignOff_AndNoPageScrollsSideways()
    {
        var title = "县医院开通夜间门诊 " + Guid.NewGuid().ToString("N")[..4];
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var article = await Newsroom.ArticleAsync(reporter, await newsroom.ColumnAsync(), title,
            "县人民医院自下周一起开通夜间门诊，开放时间为每天18时至22时。" + string.Concat(Enumerable.Repeat("内科、外科、儿科均安排专家坐诊。", 20)));
        var id = article.GetProperty("id").GetGuid();
        await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);
        foreach (var role in new[] { MediaRoles.Editor, MediaRoles.ChiefEditor })
        {
            var (reviewer, _) = await newsroom.UserAsync(role);
            await reviewer.PostJsonAsync($"/api/articles/{id}/review", new { version = 1, decision = "approve", comment = "同意，标题和时间已核对无误，请领导审定。" }, 200);
        }

        var leader = await SignedInAsync(MediaRoles.Leader);
        await leader.ClickAsync("nav a[href='/admin/review']");
        await leader.ClickAsync($"ol.inbox a:has-text('{title}')");
        await leader.WaitForURLAsync(new Regex($"/admin/review/{id}$"));

        var heading = await leader.Locator("h1").BoundingBoxAsync();
        var form = leader.Locator("form#approve");
        var formBox = await form.BoundingBoxAsync();
        Assert.True(heading!.Y + heading.Height <= formBox!.Y, "The article's heading comes before the decision form.");
        Assert.True(await leader.Locator(".preview-frame-web iframe").BoundingBoxAsync() is { } preview && preview.Y < formBox.Y,
            "The article itself comes before the decision form.");
        Assert.True(await leader.EvaluateAsync<bool>(NoSidewaysScroll), "The decision page scrolls sideways on a phone.");

        var bar = leader.Locator("nav.decide-bar");
        await Expect(bar).ToBeVisibleAsync();
        Assert.Equal("fixed", await bar.EvaluateAsync<string>("b => getComputedStyle(b).position"));
        var barBox = await bar.BoundingBoxAsync();
        Assert.InRange(barBox!.Y + barBox.Height, 840, 846); // at the bottom of the screen, before any scrolling
        await bar.Locator("a:has-text('签发')").ClickAsync();
        await Expect(leader).ToHaveURLAsync(new Regex($"/admin/review/{id}#approve$"));
        await Expect(form).ToBeInViewportAsync();

        await form.Locator("button[type='submit']").ClickAsync(); // not confirmed: the form does not go
        Assert.False(await form.EvaluateAsync<bool>("f => f.checkValidity()"));
        await Expect(leader.Locator("p.notice")).ToHaveCountAsync(0);
        await form.Locator("input[name='confirmed']").CheckAsync();
        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(leader.Locator("p.notice")).ToContainTextAsync("已签发");
        Assert.True(await leader.EvaluateAsync<bool>(NoSidewaysScroll), "The review page after 签发 scrolls sideways on a phone.");

        await leader.ClickAsync("p.notice a:has-text('去发布')");
        await leader.WaitForURLAsync($"**/admin/articles/{id}/publish");
        await leader.ClickAsync("form.confirm-form button[type='submit']"); // not confirmed: nothing happens
        await Expect(leader).ToHaveURLAsync(new Regex($"/admin/articles/{id}/publish$"));
        await leader.CheckAsync("form.confirm-form input[name='confirmed']");
        await leader.ClickAsync("form.confirm-form button[type='submit']");
        await leader.WaitForURLAsync(new Regex($"/admin/articles/{id}\\?done=published$"));
        await Expect(leader.Locator("#article-deliveries li.delivery")).Not.ToHaveCountAsync(0);
        Assert.True(await leader.EvaluateAsync<bool>(NoSidewaysScroll), "The deliveries scroll sideways on a phone.");

        var auditor = await SignedInAsync(MediaRoles.Auditor);
        await auditor.ClickAsync("nav a[href='/admin/audit']");
        await auditor.WaitForURLAsync("**/admin/audit");
        await Expect(auditor.Locator("table.audit-entries")).ToBeVisibleAsync();
        Assert.True(await auditor.EvaluateAsync<bool>(NoSidewaysScroll), "The audit trail scrolls sideways on a phone.");
        await auditor.GotoAsync($"/admin/audit/articles/{id}/sheet");
        await Expect(auditor.Locator("tr.sheet-row")).ToHaveCountAsync(4);
        Assert.True(await auditor.EvaluateAsync<bool>(NoSidewaysScroll), "The 审签单 scrolls sideways on a phone.");
    }

    private async Task<IPage> SignedInAsync(string role)
    {
        var userName = "m" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "手机测试 " + RoleLabels.Label(role), password = Newsroom.Password, roles = new[] { role } }, 201);
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, 390, 844, phone: true);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        return page;
    }
}
