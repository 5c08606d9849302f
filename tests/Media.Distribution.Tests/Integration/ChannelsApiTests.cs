using Media.Abstractions.Security;
using Media.Data;
using Media.Distribution.Channels;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Distribution.Tests.Integration;

public abstract class ChannelsApiTests(MediaAppFactory app)
{
    private const string AppSecret = "s3cr3t-wechat-app-secret-value";
    private readonly Newsroom newsroom = new(app);

    private static object WeChat(string name) => new
    {
        type = "wechat",
        name,
        settings = new { appId = "wx0123456789abcdef", appSecret = AppSecret, apiBaseUrl = "http://127.0.0.1:9/" },
    };

    [Fact]
    public async Task Create_Returns201_AndNeverReturnsSecrets()
    {
        var admin = await newsroom.AdminAsync();

        var response = await admin.PostAsync("/api/channels", WeChat("县委宣传部公众号"));
        var created = await MediaClient.ExpectAsync(response, 201);
        var list = await admin.GetAsync("/api/channels");
        var listText = await list.Content.ReadAsStringAsync();

        Assert.Equal("wechat", created.GetProperty("type").GetString());
        Assert.Equal("wx0123456789abcdef", created.GetProperty("settings").GetProperty("appId").GetString());
        Assert.Contains("appSecret", created.GetProperty("secretsSet").EnumerateArray().Select(s => s.GetString()));
        Assert.DoesNotContain(AppSecret, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(AppSecret, listText);
        Assert.Contains("\"web\"", listText);
    }

    [Fact]
    public async Task Secrets_AreEncryptedAtRest()
    {
        var admin = await newsroom.AdminAsync();
        var id = (await admin.PostJsonAsync("/api/channels", WeChat("加密测试"), 201)).GetProperty("id").GetGuid();

        using var scope = app.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<Channel>().AsNoTracking().SingleAsync(c => c.Id == id);
        var secrets = scope.ServiceProvider.GetRequiredService<ChannelSecrets>().Unprotect(row);

        Assert.DoesNotContain(AppSecret, row.ProtectedSecrets);
        Assert.DoesNotContain(AppSecret, row.PublicSettings);
        Assert.Equal(AppSecret, secrets["appSecret"]);
    }

    [Theory]
    [InlineData("app", "webhookUrl", "https://10.0.0.5/hook")]
    [InlineData("app", "webhookUrl", "https://169.254.169.254/latest/meta-data")]
    [InlineData("app", "webhookUrl", "https://[::1]:8443/hook")]
    [InlineData("app", "webhookUrl", "http://8.8.8.8/hook")]
    [InlineData("wechat", "apiBaseUrl", "https://192.168.1.20/")]
    public async Task Create_Returns422NamingTheSetting_WhenTheAddressIsInternalOrNotHttps(string type, string setting, string url)
    {
        var admin = await newsroom.AdminAsync();
        var settings = new Dictionary<string, string> { [setting] = url, ["secret"] = "0123456789abcdef0123", ["appId"] = "wx1", ["appSecret"] = "s" };

        var problem = await admin.PostJsonAsync("/api/channels", new { type, name = "内网 " + setting, settings }, 422);

        Assert.True(problem.GetProperty("errors").TryGetProperty("settings." + setting, out var messages), problem.ToString());
        Assert.Contains("Media:Channels:AllowedPrivateHosts", messages[0].GetString());
    }

    [Fact]
    public async Task Create_Returns400NamingSettings_WhenInvalid()
    {
        var admin = await newsroom.AdminAsync();

        var wechat = await admin.PostJsonAsync("/api/channels", new { type = "wechat", name = "缺密钥", settings = new { appId = "wx1" } }, 400);
        var app = await admin.PostJsonAsync("/api/channels", new { type = "app", name = "客户端", settings = new { webhookUrl = "ftp://x", secret = "short" } }, 400);
        var web = await admin.PostJsonAsync("/api/channels", new { type = "web", name = "网站" }, 400);

        Assert.True(wechat.GetProperty("errors").TryGetProperty("settings.appSecret", out _));
        Assert.True(app.GetProperty("errors").TryGetProperty("settings.webhookUrl", out _));
        Assert.True(app.GetProperty("errors").TryGetProperty("settings.secret", out _));
        Assert.True(web.GetProperty("errors").TryGetProperty("type", out _));
    }

    [Fact]
    public async Task Create_KeepsPushSettings_AccountTypePreviewNamesAndMassProtection()
    {
        var admin = await newsroom.AdminAsync();

        var created = await admin.PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = "县服务号",
            settings = new
            {
                appId = "wx0123456789abcdee", appSecret = AppSecret, accountType = "service",
                previewWxNames = new[] { "zhang_san", "li-si" }, massProtection = true,
            },
        }, 201);
        var read = await admin.GetJsonAsync($"/api/channels/{created.GetProperty("id").GetGuid()}");
        var settings = read.GetProperty("settings");

        Assert.Equal("service", settings.GetProperty("accountType").GetString());
        Assert.Equal(["zhang_san", "li-si"], settings.GetProperty("previewWxNames").EnumerateArray().Select(n => n.GetString()));
        Assert.True(settings.GetProperty("massProtection").GetBoolean());
    }

    [Fact]
    public async Task Create_Returns400_WhenPushSettingsAreInvalid()
    {
        var admin = await newsroom.AdminAsync();

        var problem = await admin.PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = "错误设置",
            settings = new { appId = "wx1", appSecret = AppSecret, accountType = "enterprise", previewWxNames = new[] { 1, 2 }, massProtection = "maybe" },
        }, 400);
        var errors = problem.GetProperty("errors");

        Assert.True(errors.TryGetProperty("settings.accountType", out _));
        Assert.True(errors.TryGetProperty("settings.previewWxNames", out _));
        Assert.True(errors.TryGetProperty("settings.massProtection", out _));
    }

    [Fact]
    public async Task Create_Returns403_ForNonAdmin_WhoMayStillList()
    {
        var (leader, _) = await newsroom.UserAsync(MediaRoles.Leader);

        await leader.PostJsonAsync("/api/channels", WeChat("越权"), 403);
        var list = await leader.GetJsonAsync("/api/channels");

        Assert.Contains(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("type").GetString() == "web");
    }
}

public sealed class ChannelsApiTestsOnSqlite(SqliteMediaApp app) : ChannelsApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class ChannelsApiTestsOnPostgreSql(PostgresMediaApp app) : ChannelsApiTests(app), IClassFixture<PostgresMediaApp>;
