using System.Net;
using Media.Testing;

namespace Media.Web.Tests.Integration;

/// <summary>docs/admin-ui.md §7: the admin pages allow only the site's own scripts, styles and images; the public pages
/// no outside images. Pure HTTP-pipeline behaviour (headers), so one provider: SQLite.</summary>
public sealed class ContentSecurityPolicyTests(SqliteMediaApp app) : IClassFixture<SqliteMediaApp>
{
    private const string Admin = "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    [Theory]
    [InlineData("/admin/signin")]
    [InlineData("/admin/no-such-page")]
    public async Task AdminPages_CarryTheAdminPolicy(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(Admin, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task SignedInAdminPage_CarriesTheAdminPolicy()
    {
        var session = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);

        using var response = await session.Http.GetAsync("/admin/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Admin, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task SitePage_AllowsNoOutsideImages()
    {
        using var response = await app.CreateClient().GetAsync("/");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("img-src 'self' data:;", policy);
        Assert.DoesNotContain("https:", policy);
        Assert.Contains("script-src 'none'", policy);
    }
}
