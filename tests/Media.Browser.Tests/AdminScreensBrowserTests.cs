using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Media.Browser.Tests;

/// <summary>The admin screens (docs/admin-ui.md §7) reached by clicking the menu and links only: on each, one thing
/// created and then edited, each result checked through the API; at 1366 px and on a 390×844 phone, where no screen
/// may scroll sideways and axe-core finds no serious or critical accessibility violation on any screen walked.</summary>
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
        await NoSeriousAxeViolationAsync(page);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(); // 停用 and 停用渠道 ask first

        await page.ClickAsync($"table.users a:has-text('{userName}')");
        await page.FillAsync("input[name='displayName']", "改名记者 " + tag);
        await page.ClickAsync("button:has-text('保存姓名')");
        await Expect(page.Locator("p.notice")).ToContainTextAsync("姓名已修改");
        await Expect(page.Locator("main h1")).ToContainTextAsync("改名记者 " + tag);
        await page.ClickAsync("button:has-text('停用用户')");
        await Expect(page.Locator("#user-state")).ToHaveTextAsync("已停用");
        await page.ClickAsync("button:has-text('重新启用')");
        await Expect(page.Locator("p.notice")).ToContainTextAsync("已重新启用");
        await Expect(page.Locator("#user-state")).ToHaveTextAsync("在用");
        var user = (await api.GetJsonAsync("/api/users?pageSize=100")).GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName);
        Assert.Equal("改名记者 " + tag, user.GetProperty("displayName").GetString());
        Assert.False(user.GetProperty("isDisabled").GetBoolean());
        await NoSidewaysScrollAsync(page, phone);
        await NoSeriousAxeViolationAsync(page);

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
        await NoSeriousAxeViolationAsync(page);

        await page.Locator("table.workflows tr", new PageLocatorOptions { HasText = workflowName }).Locator("a:has-text('修改')").ClickAsync();
        await page.FillAsync("input[name='Stages[2].Name']", "签发");
        await page.SelectOptionAsync("select[name='Stages[2].Role']", new SelectOptionValue { Label = "领导" });
        await page.SelectOptionAsync("select[name='Stages[1].Role']", new SelectOptionValue { Label = "主编" });
        await page.ClickAsync("button:has-text('保存流程')");
        await Expect(page.Locator("p.notice")).ToContainTextAsync("审核流程已保存");
        await NoSidewaysScrollAsync(page, phone);
        await NoSeriousAxeViolationAsync(page);
        var edited = (await api.GetJsonAsync("/api/workflows?pageSize=100")).GetProperty("items").EnumerateArray().Single(w => w.GetProperty("name").GetString() == workflowName);
        Assert.Equal(["初审", "终审", "签发"], edited.GetProperty("stages").EnumerateArray().Select(st => st.GetProperty("name").GetString()));

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
        await NoSeriousAxeViolationAsync(page);

        await page.Locator("table.columns tr", new PageLocatorOptions { HasText = slug }).Locator("a:has-text('修改')").ClickAsync();
        await page.FillAsync("input[name='Form.Name']", "要闻快讯 " + tag);
        await page.FillAsync("input[name='Form.Slug']", slug + "-new");
        await page.SelectOptionAsync("select[name='Form.WorkflowId']", new SelectOptionValue { Index = 0 });
        await page.ClickAsync("button:has-text('保存栏目')");
        await Expect(page.Locator("p.notice")).ToContainTextAsync("栏目已保存");
        await NoSidewaysScrollAsync(page, phone);
        await NoSeriousAxeViolationAsync(page);
        var column = (await api.GetJsonAsync("/api/columns?pageSize=100")).GetProperty("items").EnumerateArray().Single(c => c.GetProperty("slug").GetString() == slug + "-new");
        Assert.Equal("要闻快讯 " + tag, column.GetProperty("name").GetString());

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
        await NoSeriousAxeViolationAsync(page);

        await page.Locator("table.channels tr", new PageLocatorOptions { HasText = channelName }).Locator("a:has-text('修改')").ClickAsync();
        Assert.Equal("", await page.InputValueAsync("input[name='Settings[secret]']"));
        await page.FillAsync("input[name='Name']", channelName + " 新");
        await page.FillAsync("input[name='Settings[webhookUrl]']", "https://app2.example.invalid/hook");
        await page.ClickAsync("button:has-text('保存渠道')");
        await Expect(page.Locator("p.notice")).ToContainTextAsync("渠道设置已保存");
        Assert.DoesNotContain(secret, await page.ContentAsync());
        await page.ClickAsync("button:has-text('停用渠道')");
        await Expect(page.Locator("#channel-state")).ToHaveTextAsync("停用");
        await NoSidewaysScrollAsync(page, phone);
        await NoSeriousAxeViolationAsync(page);
        var channel = (await api.GetJsonAsync("/api/channels")).GetProperty("items").EnumerateArray().Single(c => c.GetProperty("name").GetString() == channelName + " 新");
        Assert.False(channel.GetProperty("isEnabled").GetBoolean());
        Assert.Equal("https://app2.example.invalid/hook", channel.GetProperty("settings").GetProperty("webhookUrl").GetString());
        Assert.Equal(["secret"], channel.GetProperty("secretsSet").EnumerateArray().Select(x => x.GetString()));

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
        await NoSeriousAxeViolationAsync(page);

        // 后台任务: the jobs dashboard (Hangfire's own page, not the admin theme: its language and axe are its own).
        var jobs = page.Locator("header.topbar nav a[href='/admin/jobs']");
        await Expect(jobs).ToHaveTextAsync("后台任务");
        if (phone) await jobs.TapAsync();
        else await jobs.ClickAsync();
        await page.WaitForURLAsync("**/admin/jobs");
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("后台任务"));
        await PageLanguage.ScreenshotAsync(page, $"screens-{(phone ? "phone" : "desktop")}-admin-jobs");
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

    private static Task NoSeriousAxeViolationAsync(IPage page) => AdminAxe.NoSeriousViolationAsync(page);

    private static async Task NoSidewaysScrollAsync(IPage page, bool phone)
    {
        if (phone)
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} scrolls sideways on a phone.");
    }
}
