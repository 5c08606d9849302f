using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>更正 in the browser (docs/lifecycle.md §4): the author opens a correction of a published piece from its page,
/// edits it and submits it, the three reviewers approve it on their phones and desks, the leader publishes it, and
/// the reader sees the corrected text with a dated 更正说明 and finds it on /corrections.</summary>
public sealed class CorrectionBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private const string Note = "原稿中库容数字有误，应为 1.5 万吨。";
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Correction_OpenEditReviewPublish_ThenTheSiteShowsTheNote()
    {
        var title = "县里新建三座冷链仓库 " + Guid.NewGuid().ToString("N")[..4];
        var (reporterName, reporter) = await PersonAsync(MediaRoles.Reporter);
        var column = await newsroom.ColumnAsync("经济 " + Guid.NewGuid().ToString("N")[..4]);
        var (signed, leader) = await SignOffPath.SignOffAsync(newsroom, reporter,
            await Newsroom.ArticleAsync(reporter, column, title, "三座冷链仓库总库容达到 1.2 万吨。"));
        var id = signed.GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);

        var author = await SignedInAsync(reporterName, 390, 844, phone: true);
        await author.GotoAsync($"/admin/articles/{id}");
        await author.ClickAsync(".head-actions a:has-text('更正')");
        await author.WaitForURLAsync($"**/admin/articles/{id}/correct");
        await author.ClickAsync("button:has-text('开始更正')"); // no note: the form says what is missing
        await Expect(author.Locator("textarea#note")).ToHaveJSPropertyAsync("validity.valid", false);
        await author.FillAsync("textarea#note", Note);
        await author.ClickAsync("button:has-text('开始更正')");
        await author.WaitForURLAsync($"**/admin/articles/{id}/edit");
        await author.FillAsync("textarea[name='Form.Body']", "三座冷链仓库总库容达到 1.5 万吨。");
        await author.ClickAsync("button[type='submit']");
        await author.WaitForURLAsync(new Regex($"/admin/articles/{id}\\?saved=3$"));
        await Expect(author.Locator(".correction-open")).ToContainTextAsync(Note);
        await Expect(author.Locator("span.status").First).ToHaveTextAsync("更正中");
        await author.GotoAsync($"/admin/review/submit/{id}");
        await author.ClickAsync("button:has-text('送审')");
        await Expect(author.Locator("p.notice")).ToContainTextAsync("已送审");

        foreach (var role in new[] { MediaRoles.Editor, MediaRoles.ChiefEditor, MediaRoles.Leader })
        {
            var (name, _) = await PersonAsync(role);
            var reviewer = await SignedInAsync(name, 1280, 900);
            await reviewer.GotoAsync($"/admin/review/{id}");
            var confirm = reviewer.Locator("form[action*='handler=Approve'] input[name='confirmed']");
            if (await confirm.CountAsync() > 0) await confirm.CheckAsync(); // 签发 at the last stage: 我已阅读全文并确认签发
            await reviewer.ClickAsync("form[action*='handler=Approve'] button[type='submit']");
            await Expect(reviewer.Locator("p.notice")).ToContainTextAsync("已记录你的决定");
            await reviewer.Context.CloseAsync();
        }
        Assert.Contains("1.2 万吨", await (await app.CreateClient().GetAsync($"/articles/{id}")).Content.ReadAsStringAsync());

        var (leaderName, _) = await PersonAsync(MediaRoles.Leader);
        var publisher = await SignedInAsync(leaderName, 1280, 900);
        await publisher.GotoAsync($"/admin/articles/{id}/publish");
        await publisher.CheckAsync("form.confirm-form input[name='confirmed']");
        await publisher.ClickAsync("button:has-text('确认发布')");
        await publisher.WaitForURLAsync(new Regex($"/admin/articles/{id}\\?done=published"));

        var reader = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, 390, 844, phone: true);
        await reader.GotoAsync($"/articles/{id}");
        await Expect(reader.Locator("body")).ToContainTextAsync("1.5 万吨");
        await Expect(reader.Locator("body")).ToContainTextAsync("更正");
        await Expect(reader.Locator("body")).ToContainTextAsync(Note);
        await reader.GotoAsync("/corrections");
        var entry = reader.Locator("li, article", new PageLocatorOptions { HasText = Note }).First;
        await Expect(entry).ToContainTextAsync(title);
        await entry.Locator($"a:has-text('{title}')").ClickAsync();
        await reader.WaitForURLAsync($"**/{id.ToString("N")[^8..]}.html"); // its readable address (docs/http-api.md §4.14)
        Assert.True(await reader.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways on a phone.");
    }

    private async Task<IPage> SignedInAsync(string userName, int width, int height, bool phone = false)
    {
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, width, height, phone);
        await AdminPages.SignInAsync(page, userName, Newsroom.Password);
        return page;
    }

    private async Task<(string UserName, MediaClient Client)> PersonAsync(string role)
    {
        var userName = "c" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "更正测试 " + role, password = Newsroom.Password, roles = new[] { role } }, 201);
        return (userName, await MediaClient.SignInAsync(app.CreateClient(), userName, Newsroom.Password));
    }
}
