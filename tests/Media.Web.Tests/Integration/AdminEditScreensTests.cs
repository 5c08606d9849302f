using System.Net;
using Media.Abstractions.Security;
using Media.Data;
using Media.Distribution.Channels;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Web.Tests.Integration;

/// <summary>The edit forms of the admin screens (docs/admin-ui.md §7): each goes through the desk behind its endpoint
/// and turns a refusal into Chinese with the endpoint's status; secrets are never written into a page.</summary>
public abstract class AdminEditScreensTests(MediaAppFactory app)
{
    private const string DefaultWorkflowId = "6d656469-6100-4000-8000-00000000d3f1";
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task ColumnForm_Renames_AndRefusesTheSlugInWords_OnceAPieceWentOut()
    {
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);
        var api = await newsroom.AdminAsync();
        var columnId = await newsroom.ColumnAsync("表单栏目");
        var slug = (await api.GetJsonAsync($"/api/columns/{columnId}")).GetProperty("slug").GetString()!;
        var (_, token) = await admin.OpenFormAsync($"/admin/columns/{columnId}");

        using var renamed = await admin.PostFormAsync($"/admin/columns/{columnId}", token, ("Form.Name", "改过的栏目"), ("Form.Slug", slug), ("Form.WorkflowId", DefaultWorkflowId));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("改过的栏目", (await api.GetJsonAsync($"/api/columns/{columnId}")).GetProperty("name").GetString());

        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        await PublishedArticleSeeder.PublishAsync(app, (await Newsroom.ArticleAsync(reporter, columnId)).GetProperty("id").GetGuid());
        var (html, _) = await admin.OpenFormAsync($"/admin/columns/{columnId}");
        Assert.Contains("网址名不能再改", html);
        using var refused = await admin.PostFormAsync($"/admin/columns/{columnId}", token, ("Form.Name", "改过的栏目"), ("Form.Slug", slug + "-x"), ("Form.WorkflowId", DefaultWorkflowId));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await AdminSession.ReadPageAsync(refused);
        Assert.Contains("已有发布过的稿件", page);
        Assert.DoesNotContain("The column has published", page);
        Assert.Equal(slug, (await api.GetJsonAsync($"/api/columns/{columnId}")).GetProperty("slug").GetString());
    }

    [Fact]
    public async Task WorkflowForm_RefusesTheDefault_AndSavesAnother()
    {
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);
        var api = await newsroom.AdminAsync();
        var (_, token) = await admin.OpenFormAsync($"/admin/workflows/{DefaultWorkflowId}");
        using var refused = await admin.PostFormAsync($"/admin/workflows/{DefaultWorkflowId}", token, ("Name", "改默认"), ("Stages[0].Name", "一"), ("Stages[0].Role", MediaRoles.Editor));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("默认的三审流程是内置的", await AdminSession.ReadPageAsync(refused));

        var id = (await api.PostJsonAsync("/api/workflows", new { name = "表单流程", stages = new[] { new { name = "初审", role = MediaRoles.Editor } } }, 201)).GetProperty("id").GetGuid();
        using var empty = await admin.PostFormAsync($"/admin/workflows/{id}", token, ("Name", "表单流程"), ("Stages[0].Name", ""), ("Stages[0].Role", MediaRoles.Editor));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("至少要有一个环节", await AdminSession.ReadPageAsync(empty));
        using var saved = await admin.PostFormAsync($"/admin/workflows/{id}", token, ("Name", "表单流程二"),
            ("Stages[0].Name", "初审"), ("Stages[0].Role", MediaRoles.Editor), ("Stages[1].Name", "终审"), ("Stages[1].Role", MediaRoles.Leader));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var workflow = await api.GetJsonAsync($"/api/workflows/{id}");
        Assert.Equal("表单流程二", workflow.GetProperty("name").GetString());
        Assert.Equal(2, workflow.GetProperty("stages").GetArrayLength());
    }

    [Fact]
    public async Task ChannelForm_KeepsABlankSecret_NeverShowsIt_AndDisables()
    {
        const string secret = "form-app-secret-0123456789";
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);
        var api = await newsroom.AdminAsync();
        var id = (await api.PostJsonAsync("/api/channels", new { type = "app", name = "表单客户端", settings = new { webhookUrl = "https://app.example.invalid/hook", secret } }, 201))
            .GetProperty("id").GetGuid();
        var (html, token) = await admin.OpenFormAsync($"/admin/channels/{id}");
        Assert.DoesNotContain(secret, html);

        using var inside = await admin.PostFormAsync($"/admin/channels/{id}?handler=Save", token, ("Name", "表单客户端"), ("IsEnabled", "true"),
            ("Settings[webhookUrl]", "https://10.0.0.5/hook"), ("Settings[secret]", "another-secret-0123456789"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, inside.StatusCode);
        var refusedPage = await AdminSession.ReadPageAsync(inside);
        Assert.Contains("推送地址不可用", refusedPage);
        Assert.DoesNotContain("another-secret-0123456789", refusedPage);

        using var saved = await admin.PostFormAsync($"/admin/channels/{id}?handler=Save", token, ("Name", "表单客户端 改"), ("IsEnabled", "true"),
            ("Settings[webhookUrl]", "https://app2.example.invalid/hook"), ("Settings[secret]", ""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(secret, await StoredSecretAsync(id, "secret"));
        var channel = await api.GetJsonAsync($"/api/channels/{id}");
        Assert.Equal("表单客户端 改", channel.GetProperty("name").GetString());
        Assert.Equal("https://app2.example.invalid/hook", channel.GetProperty("settings").GetProperty("webhookUrl").GetString());

        using var toggled = await admin.PostFormAsync($"/admin/channels/{id}?handler=Toggle", token);
        Assert.Equal(HttpStatusCode.Redirect, toggled.StatusCode);
        Assert.False((await api.GetJsonAsync($"/api/channels/{id}")).GetProperty("isEnabled").GetBoolean());
        Assert.DoesNotContain(secret, await admin.PageAsync($"/admin/channels/{id}"));
    }

    [Fact]
    public async Task WeChatChannelForm_TakesPreviewNamesAndMassProtection_AndKeepsTheAppSecret()
    {
        const string appSecret = "form-wechat-secret-0123456789";
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);
        var api = await newsroom.AdminAsync();
        var id = (await api.PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = "表单公众号", settings = new { appId = "wx0123456789abcdef", appSecret, apiBaseUrl = "http://127.0.0.1:9/" },
        }, 201)).GetProperty("id").GetGuid();
        var (html, token) = await admin.OpenFormAsync($"/admin/channels/{id}");
        Assert.DoesNotContain(appSecret, html);

        using var saved = await admin.PostFormAsync($"/admin/channels/{id}?handler=Save", token, ("Name", "表单公众号"), ("IsEnabled", "true"),
            ("Settings[appId]", "wx0123456789abcdef"), ("Settings[appSecret]", ""), ("Settings[accountType]", "service"),
            ("Settings[previewWxNames]", "zhangsan，lisi wangwu"), ("Settings[massProtection]", "true"), ("Settings[apiBaseUrl]", "http://127.0.0.1:9/"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = (await api.GetJsonAsync($"/api/channels/{id}")).GetProperty("settings");
        Assert.Equal(["zhangsan", "lisi", "wangwu"], settings.GetProperty("previewWxNames").EnumerateArray().Select(n => n.GetString()));
        Assert.True(settings.GetProperty("massProtection").GetBoolean());
        Assert.Equal("service", settings.GetProperty("accountType").GetString());
        Assert.Equal(appSecret, await StoredSecretAsync(id, "appSecret"));

        using var unticked = await admin.PostFormAsync($"/admin/channels/{id}?handler=Save", token, ("Name", "表单公众号"), ("IsEnabled", "true"),
            ("Settings[appId]", "wx0123456789abcdef"), ("Settings[accountType]", "service"), ("Settings[previewWxNames]", ""), ("Settings[apiBaseUrl]", "http://127.0.0.1:9/"));
        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        settings = (await api.GetJsonAsync($"/api/channels/{id}")).GetProperty("settings");
        Assert.False(settings.GetProperty("massProtection").GetBoolean());
        Assert.Equal(appSecret, await StoredSecretAsync(id, "appSecret"));
    }

    [Fact]
    public async Task UserForm_RenamesAndEnablesAgain_AndRefusesABlankName()
    {
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);
        var api = await newsroom.AdminAsync();
        var (_, id) = await newsroom.UserAsync(MediaRoles.Reporter);
        await api.PostJsonAsync($"/api/users/{id}/disable", new { }, 200);
        var (_, token) = await admin.OpenFormAsync($"/admin/users/{id}");

        using var blank = await admin.PostFormAsync($"/admin/users/{id}?handler=Name", token, ("displayName", " "));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("请填写姓名", await AdminSession.ReadPageAsync(blank));
        using var named = await admin.PostFormAsync($"/admin/users/{id}?handler=Name", token, ("displayName", "新姓名"));
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        using var enabled = await admin.PostFormAsync($"/admin/users/{id}?handler=Enable", token);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        var user = await api.GetJsonAsync($"/api/users/{id}");
        Assert.Equal("新姓名", user.GetProperty("displayName").GetString());
        Assert.False(user.GetProperty("isDisabled").GetBoolean());
    }

    private async Task<string?> StoredSecretAsync(Guid channelId, string key)
    {
        using var scope = app.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<Channel>().AsNoTracking().SingleAsync(c => c.Id == channelId);
        return scope.ServiceProvider.GetRequiredService<ChannelSecrets>().Unprotect(row).TryGetValue(key, out var value) ? value : null;
    }
}

public sealed class AdminEditScreensTestsOnSqlite(SqliteMediaApp app) : AdminEditScreensTests(app), IClassFixture<SqliteMediaApp>;

public sealed class AdminEditScreensTestsOnPostgreSql(PostgresMediaApp app) : AdminEditScreensTests(app), IClassFixture<PostgresMediaApp>;
