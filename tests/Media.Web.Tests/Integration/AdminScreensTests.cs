using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Web.Tests.Integration;

/// <summary>The admin screens for users, columns, workflows, channels and the word list (docs/admin-ui.md §7): who may
/// open them, and that their forms go through the same desks and rules as the API.</summary>
public abstract class AdminScreensTests(MediaAppFactory app)
{
    public static readonly TheoryData<string> Screens = new() { "/admin/users", "/admin/columns", "/admin/workflows", "/admin/channels", "/admin/lexicon" };

    private readonly Newsroom newsroom = new(app);

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Screen_SendsAnonymousVisitorsToSignIn(string path)
    {
        using var response = await AdminSession.CookieClient(app).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/signin", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Screen_ShowsAReporterTheFriendlyDeniedPage(string path)
    {
        var (session, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);

        using var response = await session.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var denied = response.Headers.Location!.OriginalString;
        Assert.Contains("/admin/denied", denied, StringComparison.Ordinal);
        Assert.Contains("无权访问", await session.PageAsync(denied));
    }

    [Fact]
    public async Task Screen_RefusesAFormPostWithoutTheAntiforgeryToken()
    {
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);

        using var response = await admin.PostFormAsync("/admin/columns", null, ("Form.Name", "无令牌"), ("Form.Slug", "no-token"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var columns = await (await newsroom.AdminAsync()).GetJsonAsync("/api/columns?pageSize=100");
        Assert.DoesNotContain(columns.GetProperty("items").EnumerateArray(), c => c.GetProperty("slug").GetString() == "no-token");
    }

    [Fact]
    public async Task Users_CreateChangeRolesAndDisable_ThroughTheForms_AsTheApiSees()
    {
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);
        var userName = "u" + Guid.NewGuid().ToString("N")[..10];
        var (_, token) = await admin.OpenFormAsync("/admin/users");

        using var created = await admin.PostFormAsync("/admin/users", token, ("Form.UserName", userName), ("Form.DisplayName", "新同事"),
            ("Form.Password", Newsroom.Password), ("Form.Roles", MediaRoles.Reporter), ("Form.Roles", MediaRoles.Editor));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await FindUserAsync(userName);
        Assert.Equal(["Editor", "Reporter"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Order());
        var id = user.GetProperty("id").GetGuid();
        var list = await admin.PageAsync("/admin/users");
        Assert.Contains("编辑、记者", list);
        Assert.Contains("从未登录", list);

        var (_, detailsToken) = await admin.OpenFormAsync($"/admin/users/{id}");
        using var clash = await admin.PostFormAsync($"/admin/users/{id}?handler=Roles", detailsToken, ("roles", MediaRoles.Admin), ("roles", MediaRoles.Editor));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, clash.StatusCode);
        Assert.Contains("三员分立：管理员不能兼任编辑", await AdminSession.ReadPageAsync(clash));
        Assert.Equal(2, (await FindUserAsync(userName)).GetProperty("roles").GetArrayLength());

        using var roles = await admin.PostFormAsync($"/admin/users/{id}?handler=Roles", detailsToken, ("roles", MediaRoles.ChiefEditor));
        Assert.Equal(HttpStatusCode.Redirect, roles.StatusCode);
        Assert.Equal(["ChiefEditor"], (await FindUserAsync(userName)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        using var weak = await admin.PostFormAsync($"/admin/users/{id}?handler=Password", detailsToken, ("password", "short"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("新密码不符合密码规则", await AdminSession.ReadPageAsync(weak));

        using var disabled = await admin.PostFormAsync($"/admin/users/{id}?handler=Disable", detailsToken);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.True((await FindUserAsync(userName)).GetProperty("isDisabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/auth/login",
            new { userName, password = Newsroom.Password })).StatusCode);
    }

    [Fact]
    public async Task Users_AnAdminCannotChangeTheirOwnRoles_OnThePage()
    {
        var (session, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Admin);
        var id = (await FindUserAsync(userName)).GetProperty("id").GetGuid();
        var ownPage = await session.PageAsync($"/admin/users/{id}");
        Assert.DoesNotContain("保存角色", ownPage); // the page offers no role form for oneself; a forged post is refused anyway
        var (_, token) = await session.OpenFormAsync("/admin/users");

        using var response = await session.PostFormAsync($"/admin/users/{id}?handler=Roles", token, ("roles", MediaRoles.Reporter));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("不能修改自己的角色", await AdminSession.ReadPageAsync(response));
        Assert.Equal(["Admin"], (await FindUserAsync(userName)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Columns_AndWorkflows_AreCreatedThroughTheForms()
    {
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);
        var (_, token) = await admin.OpenFormAsync("/admin/workflows");
        var workflowName = "两审流程 " + Guid.NewGuid().ToString("N")[..6];
        using var workflow = await admin.PostFormAsync("/admin/workflows", token, ("Name", workflowName),
            ("Stages[0].Name", "初审"), ("Stages[0].Role", MediaRoles.Editor), ("Stages[1].Name", "终审"), ("Stages[1].Role", MediaRoles.Leader),
            ("Stages[2].Name", ""), ("Stages[2].Role", MediaRoles.Editor));
        Assert.Equal(HttpStatusCode.Redirect, workflow.StatusCode);
        var workflows = await (await newsroom.AdminAsync()).GetJsonAsync("/api/workflows?pageSize=100");
        var made = Assert.Single(workflows.GetProperty("items").EnumerateArray(), w => w.GetProperty("name").GetString() == workflowName);
        Assert.Equal(["初审:Editor", "终审:Leader"], made.GetProperty("stages").EnumerateArray()
            .Select(s => $"{s.GetProperty("name").GetString()}:{s.GetProperty("role").GetString()}"));

        var slug = "col-" + Guid.NewGuid().ToString("N")[..8];
        (_, token) = await admin.OpenFormAsync("/admin/columns");
        Assert.Contains(workflowName, await admin.PageAsync("/admin/columns"));
        using var badSlug = await admin.PostFormAsync("/admin/columns", token, ("Form.Name", "坏网址"), ("Form.Slug", "Bad Slug"));
        Assert.Equal(HttpStatusCode.BadRequest, badSlug.StatusCode);
        Assert.Contains("网址名只能用小写字母", await AdminSession.ReadPageAsync(badSlug));
        using var column = await admin.PostFormAsync("/admin/columns", token, ("Form.Name", "乡村振兴"), ("Form.Slug", slug),
            ("Form.WorkflowId", made.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.Redirect, column.StatusCode);
        var columns = await (await newsroom.AdminAsync()).GetJsonAsync("/api/columns?pageSize=100");
        var saved = Assert.Single(columns.GetProperty("items").EnumerateArray(), c => c.GetProperty("slug").GetString() == slug);
        Assert.Equal(made.GetProperty("id").GetGuid(), saved.GetProperty("workflowId").GetGuid());
        using var taken = await admin.PostFormAsync("/admin/columns", token, ("Form.Name", "重复"), ("Form.Slug", slug));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
    }

    [Fact]
    public async Task Channels_ANewAppChannel_KeepsItsSecretHidden_AndAnInternalAddressIsRefusedReadably()
    {
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);
        var (_, token) = await admin.OpenFormAsync("/admin/channels");
        const string secret = "app-webhook-secret-0123456789";

        using var internalAddress = await admin.PostFormAsync("/admin/channels?handler=App", token, ("Name", "内网客户端"),
            ("Settings[webhookUrl]", "https://10.1.2.3/hook"), ("Settings[secret]", secret));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, internalAddress.StatusCode);
        var refusal = await AdminSession.ReadPageAsync(internalAddress);
        Assert.Contains("推送地址不可用", refusal);
        Assert.DoesNotContain(secret, refusal);

        var name = "县客户端 " + Guid.NewGuid().ToString("N")[..6];
        using var created = await admin.PostFormAsync("/admin/channels?handler=App", token, ("Name", name),
            ("Settings[webhookUrl]", "https://app.example.invalid/hook"), ("Settings[secret]", secret));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var channels = await (await newsroom.AdminAsync()).GetJsonAsync("/api/channels");
        var channel = Assert.Single(channels.GetProperty("items").EnumerateArray(), c => c.GetProperty("name").GetString() == name);
        Assert.Equal("app", channel.GetProperty("type").GetString());
        Assert.Equal(["secret"], channel.GetProperty("secretsSet").EnumerateArray().Select(s => s.GetString()));
        var page = await admin.PageAsync("/admin/channels");
        Assert.Contains(name, page);
        Assert.Contains("签名密钥：已设置（不显示）", page);
        Assert.DoesNotContain(secret, page);
    }

    [Fact]
    public async Task Lexicon_AddChangeAndRemoveAWord_EachANewVersion_WithItsHistory()
    {
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);
        var api = await newsroom.AdminAsync();
        var word = "测试词" + Guid.NewGuid().ToString("N")[..4];
        var before = (await api.GetJsonAsync("/api/screening/lexicon")).GetProperty("version").GetInt32();
        var (_, token) = await admin.OpenFormAsync("/admin/lexicon");

        using var added = await admin.PostFormAsync("/admin/lexicon?handler=Add", token, ("version", before.ToString()),
            ("word", word), ("category", "测试"), ("severity", "block"), ("note", "页面添加"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var lexicon = await api.GetJsonAsync("/api/screening/lexicon");
        Assert.Equal(before + 1, lexicon.GetProperty("version").GetInt32());
        Assert.Contains(lexicon.GetProperty("entries").EnumerateArray(), e => e.GetProperty("word").GetString() == word && e.GetProperty("severity").GetString() == "block");

        using var stale = await admin.PostFormAsync("/admin/lexicon?handler=Remove", token, ("version", before.ToString()), ("word", word));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("词表刚被他人修改过", await AdminSession.ReadPageAsync(stale));

        using var severity = await admin.PostFormAsync("/admin/lexicon?handler=Severity", token, ("version", (before + 1).ToString()), ("word", word), ("severity", "warn"));
        Assert.Equal(HttpStatusCode.Redirect, severity.StatusCode);
        lexicon = await api.GetJsonAsync("/api/screening/lexicon");
        Assert.Equal("warn", lexicon.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("word").GetString() == word).GetProperty("severity").GetString());

        using var removed = await admin.PostFormAsync("/admin/lexicon?handler=Remove", token, ("version", (before + 2).ToString()), ("word", word));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        lexicon = await api.GetJsonAsync("/api/screening/lexicon");
        Assert.DoesNotContain(lexicon.GetProperty("entries").EnumerateArray(), e => e.GetProperty("word").GetString() == word);

        var page = await admin.PageAsync("/admin/lexicon");
        Assert.Contains($"第 {before + 3} 版", page);
        Assert.Contains("新增：" + word, page);
        Assert.Contains("删除：" + word, page);
    }

    private async Task<JsonElement> FindUserAsync(string userName)
    {
        var users = await (await newsroom.AdminAsync()).GetJsonAsync("/api/users?pageSize=100");
        return users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName);
    }
}

public sealed class AdminScreensTestsOnSqlite(SqliteMediaApp app) : AdminScreensTests(app), IClassFixture<SqliteMediaApp>;

public sealed class AdminScreensTestsOnPostgreSql(PostgresMediaApp app) : AdminScreensTests(app), IClassFixture<PostgresMediaApp>;
