using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Abstractions.Time;
using Media.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.AuditTrail.Tests.Integration;

/// <summary>The admin pages through the cookie sign-in, as a browser uses them.</summary>
public abstract partial class AuditPagesTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private async Task<HttpClient> BrowserAsync(params string[] roles)
    {
        var userName = "p" + Guid.NewGuid().ToString("N")[..10];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "页面 " + string.Join('/', roles), password = Newsroom.Password, roles }, 201);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await browser.GetStringAsync("/admin/signin");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var signIn = await browser.PostAsync("/admin/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = Newsroom.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return browser;
    }

    [Fact]
    public async Task AuditPage_ShowsEntriesAndVerifyResult_ToAnAuditor()
    {
        var browser = await BrowserAsync(MediaRoles.Auditor);

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/audit?verify=true"));

        Assert.Contains("user.created", html);
        Assert.Contains("id=\"verify-result\"", html);
        Assert.Contains("链完整", html);
        Assert.Contains("/admin/audit/export", html);
    }

    [Fact]
    public async Task AuditPage_NamesActionsInChinese_KeepsCodesInTechnicalInfo_AndFiltersByBeijingTime()
    {
        var browser = await BrowserAsync(MediaRoles.Auditor);
        await newsroom.UserAsync(MediaRoles.Reporter); // records user.created now
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var beijing = ChinaTime.ToBeijing(clock.GetUtcNow());
        string Field(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

        var around = WebUtility.HtmlDecode(await browser.GetStringAsync(
            $"/admin/audit?action=user.created&from={Field(beijing.AddMinutes(-10))}&to={Field(beijing.AddMinutes(10))}"));
        var asUtc = WebUtility.HtmlDecode(await browser.GetStringAsync(
            $"/admin/audit?action=user.created&from={Field(beijing.AddHours(-8).AddMinutes(-10))}&to={Field(beijing.AddHours(-8).AddMinutes(10))}"));

        // The 从/至 fields are Beijing wall-clock times: ten minutes either side of Beijing's now hold the new entry; read
        // as UTC they would name a window eight hours ahead, and the UTC wall-clock window would hold it instead.
        Assert.Contains("<td>创建用户</td>", around);
        Assert.Contains("<summary>技术信息</summary>", around);
        Assert.Contains("<code>user.created</code>", around);
        Assert.Matches(@">\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}</time>", around);
        Assert.DoesNotContain("<td>创建用户</td>", asUtc);
        Assert.DoesNotContain("UTC", around);
        Assert.DoesNotMatch(@">\d{4}-\d{2}-\d{2}T", around);
    }

    [Fact]
    public async Task ArticlePages_ShowTimelineAndPrintableSheet_WithVersionsAndHashes()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var article = await Newsroom.ArticleAsync(reporter, column, "审签单测试稿");
        var id = article.GetProperty("id").GetGuid();
        var browser = await BrowserAsync(MediaRoles.Admin);

        var timeline = WebUtility.HtmlDecode(await browser.GetStringAsync($"/admin/audit/articles/{id}"));
        var sheet = WebUtility.HtmlDecode(await browser.GetStringAsync($"/admin/audit/articles/{id}/sheet"));

        Assert.Contains("article.created", timeline);
        Assert.Contains("审签单测试稿", sheet);
        Assert.Contains(article.GetProperty("contentHash").GetString()!, sheet);
        Assert.Contains("audit.css", sheet);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/admin/audit/articles/{Guid.NewGuid()}/sheet")).StatusCode);
    }

    [GeneratedRegex("<tr class=\"sheet-row\"[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex SheetRow();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [Fact]
    public async Task Sheet_HasOneRowPerStage_OneSignOff_AndNamesInChinese()
    {
        var column = await newsroom.ColumnAsync();
        var (article, _) = await SignOffPath.SignedOffAsync(newsroom, column, "三审审签单测试稿");
        var id = article.GetProperty("id").GetGuid();
        var browser = await BrowserAsync(MediaRoles.Auditor);

        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/admin/audit/articles/{id}/sheet"));

        var rows = SheetRow().Matches(html).Select(m => Regex.Replace(Tag().Replace(m.Groups[1].Value, " "), "\\s+", " ").Trim()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.StartsWith("送审", rows[0]);
        Assert.Contains("（记者）", rows[0]);
        Assert.StartsWith("初审", rows[1]);
        Assert.Contains("（编辑）", rows[1]);
        Assert.Contains("通过", rows[1]);
        Assert.StartsWith("复审", rows[2]);
        Assert.Contains("（主编）", rows[2]);
        Assert.StartsWith("终审", rows[3]);
        Assert.Contains("（领导）", rows[3]);
        Assert.Contains("签发", rows[3]);
        Assert.Single(rows, r => r.Contains("签发"));
        Assert.All(rows, r => Assert.Contains("签字：________", r));
        Assert.All(rows, r => Assert.Matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}", r));
        Assert.DoesNotContain("(Editor)", html);
        Assert.DoesNotContain("（Reporter）", html);
        Assert.DoesNotContain("（Editor）", html);
        var appendix = html.IndexOf("附：内容校验值", StringComparison.Ordinal);
        Assert.True(appendix > html.LastIndexOf("class=\"sheet-row\"", StringComparison.Ordinal), "the hashes come after the stages");
        Assert.True(html.IndexOf(article.GetProperty("contentHash").GetString()!, StringComparison.Ordinal) > appendix, "hashes only in the appendix");
    }

    [Fact]
    public async Task AdminExport_StreamsNdjson_ThroughTheCookie()
    {
        var browser = await BrowserAsync(MediaRoles.Auditor);

        var response = await browser.GetAsync("/admin/audit/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("{\"type\":\"header\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AuditPages_SendOthersAway()
    {
        var reporter = await BrowserAsync(MediaRoles.Reporter);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var denied = await reporter.GetAsync("/admin/audit");
        var exportDenied = await reporter.GetAsync("/admin/audit/export");
        var signIn = await anonymous.GetAsync($"/admin/audit/articles/{Guid.NewGuid()}/sheet");

        Assert.StartsWith("/admin/denied", denied.Headers.Location?.AbsolutePath);
        Assert.StartsWith("/admin/denied", exportDenied.Headers.Location?.AbsolutePath);
        Assert.StartsWith("/admin/signin", signIn.Headers.Location?.AbsolutePath);
    }
}

public sealed class AuditPagesTestsOnSqlite(AuditSqliteApp app) : AuditPagesTests(app), IClassFixture<AuditSqliteApp>;
public sealed class AuditPagesTestsOnPostgreSql(AuditPostgresApp app) : AuditPagesTests(app), IClassFixture<AuditPostgresApp>;
