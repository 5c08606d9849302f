using System.Net;
using System.Text.RegularExpressions;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Web.Tests.Integration;

/// <summary>The admin menu and the article page as each role sees them, composed from what the modules contribute.</summary>
public abstract partial class AdminCompositionTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Theory]
    [InlineData(MediaRoles.Reporter, "/admin/today /admin/articles /admin/notifications /admin/account")]
    [InlineData(MediaRoles.Editor, "/admin/today /admin/articles /admin/review /admin/notifications /admin/pushes /admin/account")]
    [InlineData(MediaRoles.Leader, "/admin/today /admin/articles /admin/review /admin/notifications /admin/pushes /admin/account")]
    [InlineData(MediaRoles.Auditor, "/admin/today /admin/articles /admin/notifications /admin/pushes /admin/users /admin/audit /admin/account")]
    [InlineData(MediaRoles.Admin, "/admin/today /admin/articles /admin/notifications /admin/users /admin/columns /admin/workflows /admin/channels /admin/lexicon /admin/audit /admin/jobs /admin/account")]
    public async Task AdminMenu_ShowsTheEntriesTheRoleMayUse_InOrder(string role, string expected)
    {
        var (session, _) = await AdminSession.NewUserAsync(app, newsroom, role);

        var menu = MenuLinks(await session.PageAsync("/admin/articles"));

        Assert.Equal(expected.Split(' '), menu.Select(l => l.Href));
    }

    [Fact]
    public async Task AdminMenu_HidesAuditAndJobs_FromAReporter()
    {
        var (session, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);

        var menu = MenuLinks(await session.PageAsync("/admin/articles"));

        Assert.Contains(menu, l => l.Text == "稿件");
        Assert.DoesNotContain(menu, l => l.Text.Contains("审计") || l.Text.Contains("后台任务"));
    }

    [Fact]
    public async Task AdminMenu_ShowsJobsToTheBootstrapAdmin_AndTheJobsDashboardOpens()
    {
        var admin = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);

        var menu = MenuLinks(await admin.PageAsync("/admin/articles"));
        using var jobs = await admin.Http.GetAsync("/admin/jobs");

        Assert.Contains(menu, l => l is { Href: "/admin/jobs", Text: "后台任务" });
        Assert.Contains(menu, l => l is { Href: "/admin/audit", Text: "审计" });
        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
    }

    [Fact]
    public async Task AdminMenu_ShowsTheNotificationCount_ContributedWithTheEntry()
    {
        var (session, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);

        var menu = MenuLinks(await session.PageAsync("/admin/articles"));

        var notifications = Assert.Single(menu, l => l.Href == "/admin/notifications");
        Assert.Equal("通知 <span class=\"count\" data-count=\"0\">0</span>", notifications.Text);
    }

    [Fact]
    public async Task ArticlePage_ShowsTheDeliveriesPanel_ContributedByDistribution()
    {
        var (session, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var reporter = await app.SignInAsync(userName, Newsroom.Password);
        var article = await Newsroom.ArticleAsync(reporter, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();

        var page = await session.PageAsync($"/admin/articles/{id}");

        Assert.Contains("id=\"article-deliveries\"", page);
        Assert.Contains("尚未发布到任何渠道", page);
        Assert.True(page.IndexOf("id=\"article-deliveries\"", StringComparison.Ordinal) > page.IndexOf("信息</h2>", StringComparison.Ordinal),
            "the panels follow the article's details");
    }

    private static List<(string Href, string Text)> MenuLinks(string html)
    {
        var nav = Menu().Match(html);
        Assert.True(nav.Success, $"No admin menu in the page: {html}");
        return Link().Matches(nav.Groups[1].Value)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim()))
            .Where(l => l.Item1 != "/admin/signout")
            .ToList();
    }

    [GeneratedRegex("<nav aria-label=\"后台菜单\">(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex Menu();

    [GeneratedRegex("<a href=\"([^\"]*)\"[^>]*>(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex Link();
}

public sealed class AdminCompositionTestsOnSqlite(SqliteMediaApp app) : AdminCompositionTests(app), IClassFixture<SqliteMediaApp>;

public sealed class AdminCompositionTestsOnPostgreSql(PostgresMediaApp app) : AdminCompositionTests(app), IClassFixture<PostgresMediaApp>;
