using System.Net;
using Media.Abstractions.Security;
using Media.Testing;
using Media.Web.Tests.Support;

namespace Media.Web.Tests.Integration;

/// <summary>docs/operations.md §9: behind a known proxy, <c>X-Forwarded-Proto: https</c> makes the request https —
/// HSTS and Secure cookies — and <c>X-Forwarded-For</c> is the client address the audit trail records. On Kestrel, so
/// the connection comes from a real loopback address.</summary>
public abstract class ForwardedHeadersTests(MediaAppFactory app)
{
    public const string Client = "203.0.113.9";
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task ForwardedHttps_FromAKnownProxy_GetsHsts_AndSecureCookies()
    {
        var http = ForwardedClient(app);

        using var page = await http.SendAsync(Forwarded(HttpMethod.Get, "/admin/signin"));
        var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var signIn = Forwarded(HttpMethod.Post, "/admin/signin");
        signIn.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        signIn.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [AdminSession.TokenField] = AdminSession.AntiforgeryToken(await page.Content.ReadAsStringAsync()),
            ["userName"] = "admin",
            ["password"] = MediaAppFactory.AdminPassword,
        });
        using var signedIn = await http.SendAsync(signIn);

        Assert.Contains("max-age=", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var admin = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("media.admin=", StringComparison.Ordinal));
        Assert.Contains("; secure", admin, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PlainHttp_GetsNoHsts_AndCookiesWithoutSecure()
    {
        using var page = await ForwardedClient(app).GetAsync("/admin/signin");

        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("; secure", Assert.Single(page.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AuditEntry_RecordsTheForwardedClientAddress()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        reporter.Http.DefaultRequestHeaders.Add("X-Forwarded-For", Client);
        var article = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);

        var entries = await auditor.GetJsonAsync($"/api/audit?limit=500&articleId={article}");

        var entry = Assert.Single(entries.GetProperty("items").EnumerateArray());
        Assert.Equal(Client, entry.GetProperty("sourceIp").GetString());
    }

    /// <summary>A client that keeps no cookies (a Secure cookie would not go back over the plain-http hop) and does
    /// not follow redirects, straight to the Kestrel server's address.</summary>
    public static HttpClient ForwardedClient(MediaAppFactory app) =>
        new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.CreateClient().BaseAddress };

    /// <summary>What the proxy sends on for an https request from <see cref="Client"/> to the site's public name
    /// (HSTS is never sent to localhost).</summary>
    public static HttpRequestMessage Forwarded(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Host = "media.example.cn";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", Client);
        return request;
    }
}

public sealed class ForwardedHeadersTestsOnSqlite(BehindProxySqliteSite app) : ForwardedHeadersTests(app), IClassFixture<BehindProxySqliteSite>;

public sealed class ForwardedHeadersTestsOnPostgreSql(BehindProxyPostgresSite app) : ForwardedHeadersTests(app), IClassFixture<BehindProxyPostgresSite>;

/// <summary>Forwarded headers from an address that is not a known proxy are ignored: no https, no client address.
/// Pure HTTP-pipeline behaviour, so SQLite only; the audit entry's address is tested on both databases above.</summary>
public sealed class UntrustedForwardedHeadersTests(ProxyElsewhereSqliteSite app) : IClassFixture<ProxyElsewhereSqliteSite>
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task ForwardedHttps_FromAnUnknownAddress_IsIgnored()
    {
        using var page = await ForwardedHeadersTests.ForwardedClient(app).SendAsync(ForwardedHeadersTests.Forwarded(HttpMethod.Get, "/admin/signin"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("; secure", Assert.Single(page.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AuditEntry_RecordsTheConnectionsAddress_NotTheForwardedOne()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        reporter.Http.DefaultRequestHeaders.Add("X-Forwarded-For", ForwardedHeadersTests.Client);
        var article = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);

        var entries = await auditor.GetJsonAsync($"/api/audit?limit=500&articleId={article}");

        var entry = Assert.Single(entries.GetProperty("items").EnumerateArray());
        Assert.Equal("127.0.0.1", entry.GetProperty("sourceIp").GetString());
    }
}
