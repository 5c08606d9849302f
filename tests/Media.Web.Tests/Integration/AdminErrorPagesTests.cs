using System.Net;
using Media.Abstractions.Security;
using Media.Testing;
using Media.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Web.Tests.Integration;

/// <summary>docs/admin-ui.md §3 over every admin page the app routes (enumerated from its endpoints, not listed by
/// hand): a signed-out visitor is sent to 登录 with the way back, and a Reporter — who may not open most admin areas —
/// only ever sees the admin theme's Chinese pages: the page itself, 无权访问, or the themed 404; never JSON, never a
/// bare status code.</summary>
public abstract class AdminErrorPagesTests(MediaAppFactory app)
{
    /// <summary>Pages everybody may open.</summary>
    private static readonly string[] Open = ["/admin/signin", "/admin/signout", "/admin/denied"];

    private readonly Newsroom newsroom = new(app);

    /// <summary>The Razor pages under /admin, each with a URL whose ids name nothing.</summary>
    private IReadOnlyList<MatrixEndpoint> AdminPages()
    {
        var pages = app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);
        return MatrixEndpoint.All(app.Services)
            .Where(e => e.Method == "GET" && pages.Contains(e.Pattern) && e.Pattern.StartsWith("/admin", StringComparison.Ordinal))
            .ToList();
    }

    private static string PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString) : "";

    [Fact]
    public async Task EveryAdminPage_SendsASignedOutVisitorToSignIn_WithTheWayBack()
    {
        var pages = AdminPages().Where(p => !Open.Contains(p.Pattern)).ToList();
        using var anonymous = AdminSession.CookieClient(app);
        var wrong = new List<string>();

        foreach (var page in pages)
        {
            using var response = await anonymous.GetAsync(page.Url);
            var location = PathOf(response);
            var expected = "/admin/signin?ReturnUrl=" + Uri.EscapeDataString(page.Url);
            if (response.StatusCode != HttpStatusCode.Redirect || location != expected)
                wrong.Add($"{page.Pattern}: {(int)response.StatusCode} {location}");
        }

        Assert.True(pages.Count >= 25, $"Only {pages.Count} admin pages found.");
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task EveryAdminPage_AnswersAReporter_WithAThemedChinesePage()
    {
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var denied = new List<string>();
        var wrong = new List<string>();

        foreach (var page in AdminPages().Where(p => p.Pattern != "/admin/signout"))
        {
            using var response = await reporter.Http.GetAsync(page.Url);
            var location = PathOf(response);
            var html = await AdminSession.ReadPageAsync(response);
            var type = response.Content.Headers.ContentType?.MediaType;
            switch (response.StatusCode)
            {
                case HttpStatusCode.Redirect when location.StartsWith("/admin/denied", StringComparison.Ordinal):
                    denied.Add(page.Pattern);
                    break;
                case HttpStatusCode.Redirect when location.StartsWith("/admin", StringComparison.Ordinal) && !location.StartsWith("/admin/signin", StringComparison.Ordinal):
                    break; // a page that only leads on (the deliveries page goes back to its article)
                case HttpStatusCode.OK when type == "text/html" && (html.Contains("<html lang=\"zh-CN\"", StringComparison.Ordinal) || page.Pattern.EndsWith("-panel", StringComparison.Ordinal)):
                    break; // a page, or a panel the article page loads into itself
                case HttpStatusCode.NotFound when type == "text/html" && html.Contains("找不到页面", StringComparison.Ordinal) && html.Contains("返回稿件列表", StringComparison.Ordinal):
                    break;
                default:
                    wrong.Add($"{page.Pattern}: {(int)response.StatusCode} {type} {location} {html[..Math.Min(html.Length, 200)]}");
                    break;
            }
        }
        using var deniedPage = await reporter.Http.GetAsync("/admin/denied");
        var deniedHtml = await AdminSession.ReadPageAsync(deniedPage);

        Assert.Empty(wrong);
        foreach (var area in new[] { "/admin/users", "/admin/columns", "/admin/workflows", "/admin/channels", "/admin/lexicon", "/admin/audit" })
            Assert.Contains(area, denied);
        Assert.Equal("text/html", deniedPage.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>无权访问</h1>", deniedHtml);
        Assert.Contains("<html lang=\"zh-CN\"", deniedHtml);
    }
}

public sealed class AdminErrorPagesTestsOnSqlite(SqliteMediaApp app) : AdminErrorPagesTests(app), IClassFixture<SqliteMediaApp>;

public sealed class AdminErrorPagesTestsOnPostgreSql(PostgresMediaApp app) : AdminErrorPagesTests(app), IClassFixture<PostgresMediaApp>;
