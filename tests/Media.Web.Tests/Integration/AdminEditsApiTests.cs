using System.Net.Http.Json;
using System.Text.Json;
using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.Data;
using Media.Distribution.Channels;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Web.Tests.Integration;

/// <summary>The edits behind the admin screens (docs/http-api.md §4.2–§4.4, §4.7): re-enabling and renaming a user,
/// changing a column, editing a workflow, changing a channel — each checked, audited with before and after, and the
/// in-flight rule: a review under way keeps the stages it started with.</summary>
public abstract class AdminEditsApiTests(MediaAppFactory app)
{
    private const string DefaultWorkflowId = "6d656469-6100-4000-8000-00000000d3f1";
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task User_Disabled_IsEnabledAgain_AndRenamed_EachAudited()
    {
        var admin = await newsroom.AdminAsync();
        var userName = "e" + Guid.NewGuid().ToString("N")[..12];
        var id = (await admin.PostJsonAsync("/api/users", new { userName, displayName = "旧名字", password = Newsroom.Password, roles = new[] { MediaRoles.Reporter } }, 201))
            .GetProperty("id").GetGuid();
        await admin.PostJsonAsync($"/api/users/{id}/disable", new { }, 200);
        await MediaClient.ExpectAsync(await SignInAsync(userName), 401);

        var enabled = await admin.PostJsonAsync($"/api/users/{id}/enable", new { }, 200);
        Assert.False(enabled.GetProperty("isDisabled").GetBoolean());
        await MediaClient.ExpectAsync(await SignInAsync(userName), 200);
        await admin.PostJsonAsync($"/api/users/{id}/enable", new { }, 200); // already enabled: nothing to record
        var enabling = await EntriesAsync(admin, AuditActions.UserEnabled, $"user:{id}");
        var entry = Assert.Single(enabling);
        Assert.True(entry.GetProperty("data").GetProperty("before").GetProperty("isDisabled").GetBoolean());
        Assert.False(entry.GetProperty("data").GetProperty("after").GetProperty("isDisabled").GetBoolean());

        var renamed = await MediaClient.ExpectAsync(await admin.Http.PatchAsJsonAsync($"/api/users/{id}", new { displayName = " 新名字 " }), 200);
        Assert.Equal("新名字", renamed.GetProperty("displayName").GetString());
        Assert.Equal(userName, renamed.GetProperty("userName").GetString());
        var blank = await MediaClient.ExpectAsync(await admin.Http.PatchAsJsonAsync($"/api/users/{id}", new { displayName = "  " }), 400);
        Assert.True(blank.GetProperty("errors").TryGetProperty("displayName", out _));
        var change = Assert.Single(await EntriesAsync(admin, AuditActions.UserChanged, $"user:{id}"));
        Assert.Equal("旧名字", change.GetProperty("data").GetProperty("before").GetProperty("displayName").GetString());
        Assert.Equal("新名字", change.GetProperty("data").GetProperty("after").GetProperty("displayName").GetString());

        var unknown = Guid.NewGuid();
        await admin.PostJsonAsync($"/api/users/{unknown}/enable", new { }, 404);
        await MediaClient.ExpectAsync(await admin.Http.PatchAsJsonAsync($"/api/users/{unknown}", new { displayName = "谁" }), 404);
        var me = (await admin.GetJsonAsync("/api/me")).GetProperty("id").GetGuid();
        await admin.PostJsonAsync($"/api/users/{me}/disable", new { }, 409);
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        await editor.PostJsonAsync($"/api/users/{id}/enable", new { }, 403);
        await MediaClient.ExpectAsync(await editor.Http.PatchAsJsonAsync($"/api/users/{id}", new { displayName = "越权" }), 403);
    }

    [Fact]
    public async Task Column_IsRenamed_AndItsSlugRefused_OnceAPieceWentOut()
    {
        var admin = await newsroom.AdminAsync();
        var columnId = await newsroom.ColumnAsync("旧栏目");
        var slug = "col-" + Guid.NewGuid().ToString("N")[..8];

        var changed = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/columns/{columnId}", new { name = "新栏目", slug, workflowId = (Guid?)null }), 200);
        Assert.Equal("新栏目", changed.GetProperty("name").GetString());
        Assert.Equal(slug, changed.GetProperty("slug").GetString());
        var entry = Assert.Single(await EntriesAsync(admin, AuditActions.ColumnChanged, $"column:{columnId}"));
        Assert.Equal("旧栏目", entry.GetProperty("data").GetProperty("before").GetProperty("name").GetString());
        Assert.Equal(slug, entry.GetProperty("data").GetProperty("after").GetProperty("slug").GetString());

        var other = await newsroom.ColumnAsync();
        var otherSlug = (await admin.GetJsonAsync($"/api/columns/{other}")).GetProperty("slug").GetString();
        var taken = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/columns/{columnId}", new { name = "新栏目", slug = otherSlug }), 422);
        Assert.True(taken.GetProperty("errors").TryGetProperty("slug", out _));
        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/columns/{columnId}", new { name = "新栏目", slug = "Bad Slug" }), 400);
        var noWorkflow = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/columns/{columnId}", new { name = "新栏目", slug, workflowId = Guid.NewGuid() }), 422);
        Assert.True(noWorkflow.GetProperty("errors").TryGetProperty("workflowId", out _));
        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/columns/{Guid.NewGuid()}", new { name = "无", slug = "nothing-here" }), 404);
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        await MediaClient.ExpectAsync(await editor.Http.PutAsJsonAsync($"/api/columns/{columnId}", new { name = "越权", slug }), 403);

        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var article = await Newsroom.ArticleAsync(reporter, columnId);
        await PublishedArticleSeeder.PublishAsync(app, article.GetProperty("id").GetGuid());
        var refused = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/columns/{columnId}", new { name = "新栏目", slug = slug + "-x" }), 409);
        Assert.Contains("网址名", refused.GetProperty("detail").GetString());
        var renamed = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/columns/{columnId}", new { name = "再改名", slug }), 200);
        Assert.Equal("再改名", renamed.GetProperty("name").GetString());
        Assert.Equal(slug, (await admin.GetJsonAsync($"/api/columns/{columnId}")).GetProperty("slug").GetString());
    }

    [Fact]
    public async Task ColumnWorkflowChange_AppliesToNewSubmissions_AndAReviewUnderWayKeepsItsStages()
    {
        var admin = await newsroom.AdminAsync();
        var oneStage = await WorkflowAsync(admin, ("唯一审", MediaRoles.Editor));
        var twoStages = await WorkflowAsync(admin, ("初审", MediaRoles.Editor), ("终审", MediaRoles.Leader));
        var slug = "wf-" + Guid.NewGuid().ToString("N")[..8];
        var columnId = (await admin.PostJsonAsync("/api/columns", new { name = "流程栏目", slug, workflowId = oneStage }, 201)).GetProperty("id").GetGuid();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var underWay = await SubmitAsync(reporter, columnId);

        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/columns/{columnId}", new { name = "流程栏目", slug, workflowId = twoStages }), 200);
        var fresh = await SubmitAsync(reporter, columnId);

        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        Assert.Equal("approved", (await ApproveAsync(editor, underWay)).GetProperty("status").GetString()); // one stage: done
        var second = await ApproveAsync(editor, fresh);
        Assert.Equal("in_review", second.GetProperty("status").GetString()); // the new workflow's second stage
        Assert.Equal("终审", second.GetProperty("currentStage").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Workflow_IsEdited_AndARoundUnderWayKeepsTheStagesItStartedWith()
    {
        var admin = await newsroom.AdminAsync();
        var workflowId = await WorkflowAsync(admin, ("初审", MediaRoles.Editor), ("终审", MediaRoles.Leader));
        var columnId = (await admin.PostJsonAsync("/api/columns", new { name = "编辑流程", slug = "we-" + Guid.NewGuid().ToString("N")[..8], workflowId }, 201)).GetProperty("id").GetGuid();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var underWay = await SubmitAsync(reporter, columnId);

        var edited = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/workflows/{workflowId}",
            new { name = "一审流程", stages = new[] { new { name = "快审", role = MediaRoles.Editor } } }), 200);
        Assert.Equal("一审流程", edited.GetProperty("name").GetString());
        Assert.Equal(1, edited.GetProperty("stages").GetArrayLength());
        var entry = Assert.Single(await EntriesAsync(admin, AuditActions.WorkflowChanged, $"workflow:{workflowId}"));
        Assert.Equal(2, entry.GetProperty("data").GetProperty("before").GetProperty("stages").GetArrayLength());
        Assert.Equal(1, entry.GetProperty("data").GetProperty("after").GetProperty("stages").GetArrayLength());

        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        var kept = await ApproveAsync(editor, underWay);
        Assert.Equal("in_review", kept.GetProperty("status").GetString());
        Assert.Equal("终审", kept.GetProperty("currentStage").GetProperty("name").GetString());
        var fresh = await SubmitAsync(reporter, columnId);
        Assert.Equal("快审", fresh.GetProperty("currentStage").GetProperty("name").GetString());
        Assert.Equal("approved", (await ApproveAsync(editor, fresh)).GetProperty("status").GetString());

        var grown = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/workflows/{workflowId}",
            new { name = "三审流程", stages = new[] { new { name = "一", role = MediaRoles.Editor }, new { name = "二", role = MediaRoles.ChiefEditor }, new { name = "三", role = MediaRoles.Leader } } }), 200);
        Assert.Equal(["一", "二", "三"], grown.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/workflows/{DefaultWorkflowId}", new { name = "改默认", stages = new[] { new { name = "一", role = MediaRoles.Editor } } }), 409);
        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/workflows/{Guid.NewGuid()}", new { name = "无", stages = new[] { new { name = "一", role = MediaRoles.Editor } } }), 404);
        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/workflows/{workflowId}", new { name = "空", stages = Array.Empty<object>() }), 400);
        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/workflows/{workflowId}", new { name = "记者审", stages = new[] { new { name = "一", role = MediaRoles.Reporter } } }), 400);
        await MediaClient.ExpectAsync(await editor.Http.PutAsJsonAsync($"/api/workflows/{workflowId}", new { name = "越权", stages = new[] { new { name = "一", role = MediaRoles.Editor } } }), 403);
    }

    [Fact]
    public async Task Channel_SettingsChange_KeepsABlankSecret_NeverShowsOne_AndIsAudited()
    {
        const string secret = "first-app-secret-0123456789";
        const string newSecret = "second-app-secret-9876543210";
        var admin = await newsroom.AdminAsync();
        var id = (await admin.PostJsonAsync("/api/channels", new { type = "app", name = "客户端 旧", settings = new { webhookUrl = "https://app.example.invalid/hook", secret } }, 201))
            .GetProperty("id").GetGuid();

        using var kept = await admin.Http.PutAsJsonAsync($"/api/channels/{id}", new { name = "客户端 新", settings = new { webhookUrl = "https://app2.example.invalid/hook", secret = "" } });
        var keptText = await kept.Content.ReadAsStringAsync();
        var body = await MediaClient.ExpectAsync(kept, 200);
        Assert.Equal("客户端 新", body.GetProperty("name").GetString());
        Assert.Equal("https://app2.example.invalid/hook", body.GetProperty("settings").GetProperty("webhookUrl").GetString());
        Assert.Equal(["secret"], body.GetProperty("secretsSet").EnumerateArray().Select(s => s.GetString()));
        Assert.DoesNotContain(secret, keptText);
        Assert.Equal(secret, await StoredSecretAsync(id, "secret"));

        using var replaced = await admin.Http.PutAsJsonAsync($"/api/channels/{id}", new { settings = new { webhookUrl = "https://app2.example.invalid/hook", secret = newSecret } });
        Assert.DoesNotContain(newSecret, await replaced.Content.ReadAsStringAsync());
        await MediaClient.ExpectAsync(replaced, 200);
        Assert.Equal(newSecret, await StoredSecretAsync(id, "secret"));

        var disabled = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/channels/{id}", new { isEnabled = false }), 200);
        Assert.False(disabled.GetProperty("isEnabled").GetBoolean());
        Assert.Equal("https://app2.example.invalid/hook", disabled.GetProperty("settings").GetProperty("webhookUrl").GetString());

        var entries = await EntriesAsync(admin, AuditActions.ChannelChanged, $"channel:{id}");
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.DoesNotContain(secret, e.GetRawText()));
        Assert.All(entries, e => Assert.DoesNotContain(newSecret, e.GetRawText()));
        var first = entries.Single(e => e.GetProperty("data").GetProperty("before").GetProperty("name").GetString() == "客户端 旧");
        Assert.Empty(first.GetProperty("data").GetProperty("secretsChanged").EnumerateArray());
        Assert.Contains(entries, e => e.GetProperty("data").GetProperty("secretsChanged").EnumerateArray().Any(s => s.GetString() == "secret"));
        Assert.Contains(entries, e => !e.GetProperty("data").GetProperty("after").GetProperty("isEnabled").GetBoolean());

        var shortSecret = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/channels/{id}", new { settings = new { webhookUrl = "https://app2.example.invalid/hook", secret = "short" } }), 400);
        Assert.True(shortSecret.GetProperty("errors").TryGetProperty("settings.secret", out _));
        var inside = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/channels/{id}", new { settings = new { webhookUrl = "https://10.0.0.5/hook" } }), 422);
        Assert.True(inside.GetProperty("errors").TryGetProperty("settings.webhookUrl", out _));
        Assert.Equal(newSecret, await StoredSecretAsync(id, "secret"));
        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/channels/{Guid.NewGuid()}", new { name = "无" }), 404);
        var web = (await admin.GetJsonAsync("/api/channels")).GetProperty("items").EnumerateArray().Single(c => c.GetProperty("type").GetString() == "web");
        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/channels/{web.GetProperty("id").GetGuid()}", new { isEnabled = false }), 409);
    }

    [Fact]
    public async Task WeChatChannel_TakesItsPushSettings_AndKeepsItsSecrets()
    {
        const string appSecret = "wechat-app-secret-value-0123";
        var admin = await newsroom.AdminAsync();
        var id = (await admin.PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = "公众号",
            settings = new { appId = "wx0123456789abcdef", appSecret, apiBaseUrl = "http://127.0.0.1:9/" },
        }, 201)).GetProperty("id").GetGuid();

        var changed = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/channels/{id}", new
        {
            name = "公众号 服务号",
            settings = new { appId = "wx0123456789abcdef", apiBaseUrl = "http://127.0.0.1:9/", accountType = "service", previewWxNames = new[] { "zhangsan", "lisi" }, massProtection = true },
        }), 200);
        var settings = changed.GetProperty("settings");
        Assert.Equal("service", settings.GetProperty("accountType").GetString());
        Assert.Equal(["zhangsan", "lisi"], settings.GetProperty("previewWxNames").EnumerateArray().Select(s => s.GetString()));
        Assert.True(settings.GetProperty("massProtection").GetBoolean());
        Assert.Contains("appSecret", changed.GetProperty("secretsSet").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(appSecret, await StoredSecretAsync(id, "appSecret"));
        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/channels/{id}", new { settings = new { appId = "wx0123456789abcdef", accountType = "other" } }), 400);
    }

    [Fact]
    public async Task ChannelChange_AsksForStepUp_FromAnAdminWithTotp()
    {
        var admin = await newsroom.AdminAsync();
        var id = (await admin.PostJsonAsync("/api/channels", new { type = "app", name = "升级", settings = new { webhookUrl = "https://app.example.invalid/hook", secret = "step-up-secret-0123456789" } }, 201))
            .GetProperty("id").GetGuid();
        var totpAdmin = await TotpAccount.NewAsync(app, newsroom, MediaRoles.Admin);

        var refused = await MediaClient.ExpectAsync(await totpAdmin.Client.Http.PutAsJsonAsync($"/api/channels/{id}", new { isEnabled = false }), 401);
        Assert.EndsWith("/step-up-required", refused.GetProperty("type").GetString());
        Assert.True((await admin.GetJsonAsync($"/api/channels/{id}")).GetProperty("isEnabled").GetBoolean());
        await totpAdmin.Client.PostJsonAsync("/api/auth/step-up", new { otp = totpAdmin.RecoveryCodes[0] }, 204);
        await MediaClient.ExpectAsync(await totpAdmin.Client.Http.PutAsJsonAsync($"/api/channels/{id}", new { isEnabled = false }), 200);
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        await MediaClient.ExpectAsync(await editor.Http.PutAsJsonAsync($"/api/channels/{id}", new { isEnabled = true }), 403);
    }

    private Task<HttpResponseMessage> SignInAsync(string userName) =>
        app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password = Newsroom.Password });

    private static async Task<Guid> WorkflowAsync(MediaClient admin, params (string Name, string Role)[] stages) =>
        (await admin.PostJsonAsync("/api/workflows", new { name = "流程 " + Guid.NewGuid().ToString("N")[..6], stages = stages.Select(s => new { name = s.Name, role = s.Role }) }, 201))
            .GetProperty("id").GetGuid();

    private static async Task<JsonElement> SubmitAsync(MediaClient reporter, Guid columnId)
    {
        var article = await Newsroom.ArticleAsync(reporter, columnId);
        return await reporter.PostJsonAsync($"/api/articles/{article.GetProperty("id").GetGuid()}/submit", new { version = article.GetProperty("version").GetInt32() }, 200);
    }

    private static Task<JsonElement> ApproveAsync(MediaClient reviewer, JsonElement article) =>
        reviewer.PostJsonAsync($"/api/articles/{article.GetProperty("id").GetGuid()}/review",
            new { version = article.GetProperty("version").GetInt32(), decision = "approve", comment = "同意" }, 200);

    private static async Task<List<JsonElement>> EntriesAsync(MediaClient admin, string action, string subject)
    {
        var page = await admin.GetJsonAsync($"/api/audit?action={action}&order=desc&limit=500");
        return page.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("subject").GetString() == subject).ToList();
    }

    private async Task<string?> StoredSecretAsync(Guid channelId, string key)
    {
        using var scope = app.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<Channel>().AsNoTracking().SingleAsync(c => c.Id == channelId);
        return scope.ServiceProvider.GetRequiredService<ChannelSecrets>().Unprotect(row).TryGetValue(key, out var value) ? value : null;
    }
}

public sealed class AdminEditsApiTestsOnSqlite(SqliteMediaApp app) : AdminEditsApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class AdminEditsApiTestsOnPostgreSql(PostgresMediaApp app) : AdminEditsApiTests(app), IClassFixture<PostgresMediaApp>;
