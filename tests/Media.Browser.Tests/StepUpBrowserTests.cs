using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>docs/accounts.md §7 and §9 on a phone (390×844): a leader sets up the second factor from the account page's
/// QR code — the key printed beside it is what an authenticator app reads — keeps the recovery codes, then signs off
/// a piece waiting for their 终审 by typing the 动态验证码 into the sign-off form itself. A code already used is refused
/// in the page with a message, and the comment typed stays.</summary>
public sealed class StepUpBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private const string Comment = "同意签发。标题已核。";
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Leader_EnrolsByQrCode_ThenSignsOffOnAPhone_WithTheCodeField_AndAUsedCodeIsRefused()
    {
        var title = "县医院开通远程会诊 " + Guid.NewGuid().ToString("N")[..4];
        var (id, reporter) = await WaitingForSignOffAsync(title);
        var userName = "l" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "总编辑 王五", password = Newsroom.Password, roles = new[] { MediaRoles.Leader } }, 201);
        var leader = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, 390, 844, phone: true);
        await AdminPages.SignInAsync(leader, userName, Newsroom.Password);

        await leader.ClickAsync("nav >> text=账户");
        await leader.ClickAsync("button:has-text('启用两步验证')");
        await Expect(leader.Locator("img.qr")).ToBeVisibleAsync();
        var secret = Base32Encoding.ToBytes((await leader.Locator("code.totp-secret").InnerTextAsync()).Trim());
        var confirmed = TotpAccount.Code(secret, app);
        await leader.FillAsync("input[name='code']", confirmed);
        await leader.ClickAsync("button:has-text('确认启用')");
        var recovery = leader.Locator("ol.recovery-codes li code");
        await Expect(recovery).ToHaveCountAsync(10);
        var saved = await recovery.AllInnerTextsAsync();
        Assert.All(saved, c => Assert.Matches("^[0-9a-z]{5}-[0-9a-z]{5}$", c));

        await leader.ClickAsync("nav >> text=待审");
        await leader.ClickAsync($"ol.inbox a:has-text('{title}')");
        await leader.WaitForURLAsync(new Regex($"/admin/review/{id}$"));
        var form = leader.Locator("form[action*='handler=Approve']");
        var code = form.Locator($"input[name='{StepUpForm.Field}']");
        await Expect(code).ToHaveAttributeAsync("inputmode", "numeric");
        await Expect(code).ToHaveAttributeAsync("autocomplete", "one-time-code");

        await form.Locator("textarea[name='comment']").FillAsync(Comment);
        await code.FillAsync(confirmed); // the enrolment used it
        await form.Locator("input[name='confirmed']").CheckAsync(); // 我已阅读全文并确认签发
        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(form.Locator(".field-error")).ToContainTextAsync("动态验证码错误或已使用");
        await Expect(form.Locator("textarea[name='comment']")).ToHaveValueAsync(Comment);
        await Expect(leader).ToHaveURLAsync(new Regex($"/admin/review/{id}\\?handler=Approve$"));

        await form.Locator($"input[name='{StepUpForm.Field}']").FillAsync(TotpAccount.Code(secret, app, stepsAhead: 1));
        await form.Locator("input[name='confirmed']").CheckAsync();
        await form.Locator("button[type='submit']").ClickAsync();
        await Expect(leader.Locator("p.notice")).ToContainTextAsync("已签发");
        Assert.True(await leader.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
        var article = await reporter.GetJsonAsync($"/api/articles/{id}");
        Assert.Equal("approved", article.GetProperty("status").GetString());
    }

    /// <summary>A piece submitted and approved at 初审 and 复审 over the API, so it waits at 终审.</summary>
    private async Task<(Guid Id, MediaClient Reporter)> WaitingForSignOffAsync(string title)
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = (await Newsroom.ArticleAsync(reporter, await newsroom.ColumnAsync(), title, "县医院与省人民医院开通远程会诊。")).GetProperty("id").GetGuid();
        await reporter.PostJsonAsync($"/api/articles/{id}/submit", new { version = 1 }, 200);
        foreach (var role in new[] { MediaRoles.Editor, MediaRoles.ChiefEditor })
            await (await newsroom.UserAsync(role)).Client.PostJsonAsync($"/api/articles/{id}/review", new { version = 1, decision = "approve" }, 200);
        return (id, reporter);
    }
}
