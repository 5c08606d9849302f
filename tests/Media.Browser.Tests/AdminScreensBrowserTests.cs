using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>The admin screens (docs/admin-ui.md §7) reached by clicking the menu only, one real action on each, each
/// result checked through the API; at 1366 px and on a 390×844 phone, where no screen may scroll sideways.</summary>
public sealed class AdminScreensBrowserTests(KestrelMediaApp app, ChromiumFixture chromium)
    : IClassFixture<KestrelMediaApp>, IClassFixture<ChromiumFixture>
{
    private readonly Newsroom newsroom = new(app);

    [Theory]
    [InlineData(1366, 900, false)]
    [InlineData(390, 844, true)]
    public async Task Admin_ReachesEveryScreenFromTheMenu_AndActsOnEach(int width, int height, bool phone)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var api = await newsroom.AdminAsync();
        var adminName = "a" + Guid.NewGuid().ToString("N")[..12];
        await api.PostJsonAsync("/api/users", new { userName = adminName, displayName = "系统管理员 " + tag, password = Newsroom.Password, roles = new[] { MediaRoles.Admin } }, 201);
        var page = await AdminPages.OpenAsync(chromium.Browser, app.RootUri, width, height, phone);
        await AdminPages.SignInAsync(page, adminName, Newsroom.Password);
        await Expect(page.Locator("header.topbar nav a[href='/admin/jobs']")).ToBeVisibleAsync();

        // 用户: create a reporter.
        var userName = "r" + tag;
        await MenuAsync(page, "用户", "/admin/users", phone);
        await page.FillAsync("input[name='Form.UserName']", userName);
        await page.FillAsync("input[name='Form.DisplayName']", "记者 " + tag);
        await page.FillAsync("input[name='Form.Password']", Newsroom.Password);
        await page.CheckAsync("input[name='Form.Roles'][value='Reporter']");
        await page.ClickAsync("button:has-text('创建用户')");
        await Expect(page.Locator("p.notice")).ToContainTextAsync("已创建用户 " + userName);
        await Expect(page.Locator("table.users tr", new PageLocatorOptions { HasText = userName })).ToContainTextAsync("记者");
        var users = await api.GetJsonAsync("/api/users?pageSize=100");
        Assert.Contains(users.GetProperty("items").EnumerateArray(), u => u.GetProperty("userName").GetString() == userName);
        await NoSidewaysScrollAsync(page, phone);

        // 审核流程: a two-stage workflow.
        var workflowName = "快讯流程 " + tag;
        await MenuAsync(page, "审核流程", "/admin/workflows", phone);
        await page.FillAsync("input[name='Name']", workflowName);
        await page.FillAsync("input[name='Stages[0].Name']", "初审");
        await page.SelectOptionAsync("select[name='Stages[0].Role']", new SelectOptionValue { Label = "编辑" });
        await page.FillAsync("input[name='Stages[1].Name']", "终审");
        await page.SelectOptionAsync("select[name='Stages[1].Role']", new SelectOptionValue { Label = "领导" });
        await page.ClickAsync("button:has-text('创建流程')");
        await Expect(page.Locator("table.workflows tr", new PageLocatorOptions { HasText = workflowName })).ToContainTextAsync("终审 · 领导");
        var workflows = await api.GetJsonAsync("/api/workflows?pageSize=100");
        Assert.Contains(workflows.GetProperty("items").EnumerateArray(), w => w.GetProperty("name").GetString() == workflowName && w.GetProperty("stages").GetArrayLength() == 2);
        await NoSidewaysScrollAsync(page, phone);

        // 栏目: a column that uses it.
        var slug = "kuaixun-" + tag;
        await MenuAsync(page, "栏目", "/admin/columns", phone);
        await page.FillAsync("input[name='Form.Name']", "快讯 " + tag);
        await page.FillAsync("input[name='Form.Slug']", slug);
        await page.SelectOptionAsync("select[name='Form.WorkflowId']", new SelectOptionValue { Label = workflowName });
        await page.ClickAsync("button:has-text('创建栏目')");
        await Expect(page.Locator("table.columns tr", new PageLocatorOptions { HasText = slug })).ToContainTextAsync(workflowName);
        var columns = await api.GetJsonAsync("/api/columns?pageSize=100");
        Assert.Contains(columns.GetProperty("items").EnumerateArray(), c => c.GetProperty("slug").GetString() == slug && c.GetProperty("workflowId").ValueKind == System.Text.Json.JsonValueKind.String);
        await NoSidewaysScrollAsync(page, phone);

        // 渠道: a county app; its secret is never shown.
        const string secret = "browser-app-secret-0123456789";
        var channelName = "掌上县城 " + tag;
        await MenuAsync(page, "渠道", "/admin/channels", phone);
        var appForm = page.Locator("form", new PageLocatorOptions { HasText = "推送地址" });
        await appForm.Locator("input[name='Name']").FillAsync(channelName);
        await appForm.Locator("input[name='Settings[webhookUrl]']").FillAsync("https://app.example.invalid/hook");
        await appForm.Locator("input[name='Settings[secret]']").FillAsync(secret);
        await appForm.Locator("button[type='submit']").ClickAsync();
        await Expect(page.Locator("p.notice")).ToContainTextAsync(channelName);
        await Expect(page.Locator("table.channels tr", new PageLocatorOptions { HasText = channelName })).ToContainTextAsync("已设置（不显示）");
        Assert.DoesNotContain(secret, await page.ContentAsync());
        var channels = await api.GetJsonAsync("/api/channels");
        Assert.Contains(channels.GetProperty("items").EnumerateArray(), c => c.GetProperty("name").GetString() == channelName);
        await NoSidewaysScrollAsync(page, phone);

        // 敏感词: add a word.
        var word = "违规词" + tag;
        await MenuAsync(page, "敏感词", "/admin/lexicon", phone);
        await page.FillAsync("form.lexicon-add input[name='word']", word);
        await page.FillAsync("form.lexicon-add input[name='category']", "测试");
        await page.SelectOptionAsync("form.lexicon-add select[name='severity']", new SelectOptionValue { Label = "拦截" });
        await page.ClickAsync("form.lexicon-add button[type='submit']");
        await Expect(page.Locator("p.notice")).ToContainTextAsync(word);
        await Expect(page.Locator("table.lexicon tr", new PageLocatorOptions { HasText = word })).ToContainTextAsync("拦截");
        await Expect(page.Locator("table.lexicon-history")).ToContainTextAsync("新增：" + word);
        var lexicon = await api.GetJsonAsync("/api/screening/lexicon");
        Assert.Contains(lexicon.GetProperty("entries").EnumerateArray(), e => e.GetProperty("word").GetString() == word && e.GetProperty("severity").GetString() == "block");
        await NoSidewaysScrollAsync(page, phone);
    }

    private static async Task MenuAsync(IPage page, string text, string path, bool phone)
    {
        var link = page.Locator($"header.topbar nav a[href='{path}']");
        await Expect(link).ToHaveTextAsync(text);
        if (phone) await link.TapAsync();
        else await link.ClickAsync();
        await page.WaitForURLAsync("**" + path);
        await Expect(page.Locator("main h1")).ToHaveTextAsync(text);
        await PageLanguage.CheckAsync(page, $"screens-{(phone ? "phone" : "desktop")}-{path.TrimStart('/').Replace('/', '-')}");
    }

    private static async Task NoSidewaysScrollAsync(IPage page, bool phone)
    {
        if (phone)
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} scrolls sideways on a phone.");
    }
}
