using System.Net;
using System.Text;
using Media.Testing;
using Media.Web.Tests.Support;

namespace Media.Web.Tests.Integration;

/// <summary>
/// docs/accounts.md §11: every endpoint of the running app, called by anonymous and by a user of each role with a
/// harmless request (ids of nothing, an empty JSON body), answers as <see cref="AuthorizationMatrix"/> says. An endpoint
/// missing from the table fails the test with its name and what it answered, so a new endpoint is decided on, not
/// left open by accident.
/// </summary>
public abstract class AuthorizationMatrixTests(MediaAppFactory app)
{
    [Fact]
    public async Task EveryEndpoint_AnswersEveryCaller_AsTheMatrixSays()
    {
        var callers = await MatrixCaller.AllAsync(app);
        var endpoints = MatrixEndpoint.All(app.Services);
        var problems = new List<string>();
        var unlisted = new StringBuilder();

        // Signing out last: it ends the caller's session that every other call uses.
        foreach (var endpoint in endpoints.OrderBy(e => AuthorizationMatrix.EndsSession.Contains(e.Key)))
        {
            var observed = new StringBuilder();
            foreach (var caller in callers) observed.Append(await caller.CallAsync(endpoint.Method, endpoint.Url));
            if (!AuthorizationMatrix.Expected.TryGetValue(endpoint.Key, out var expected))
                unlisted.AppendLine($"        [\"{endpoint.Key}\"] = \"{observed}\",");
            else if (expected != observed.ToString())
                problems.Add($"{endpoint.Key} ({endpoint.Url}): expected {expected}, answered {observed} (columns: {string.Join(", ", callers.Select(c => c.Name))})");
        }
        var stale = AuthorizationMatrix.Expected.Keys.Except(endpoints.Select(e => e.Key)).ToList();

        Assert.True(unlisted.Length == 0, "Endpoints missing from AuthorizationMatrix.Expected — decide who may call them; they answered:\n" + unlisted);
        Assert.True(stale.Count == 0, "AuthorizationMatrix.Expected lists endpoints the app no longer has: " + string.Join(", ", stale));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Anonymous_IsAskedToSignIn_WhereNothingIsDeclared_AndStillSeesThePublicNotFoundPage()
    {
        var http = AdminSession.CookieClient(app);

        var unknownApi = await http.GetAsync("/api/nothing-here");
        var admin = await http.GetAsync("/admin");
        var unknownPage = await http.GetAsync("/nothing-here");

        Assert.Equal(HttpStatusCode.Unauthorized, unknownApi.StatusCode);
        Assert.Equal("application/problem+json", unknownApi.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/admin/signin", admin.Headers.Location?.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fadmin", admin.Headers.Location?.Query);
        Assert.Equal(HttpStatusCode.NotFound, unknownPage.StatusCode);
        Assert.Equal("text/html", unknownPage.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task StaticAssets_AreServedToAnonymous()
    {
        var assets = MatrixEndpoint.StaticAssets(app.Services);
        var http = app.CreateClient();

        var first = await http.GetAsync("/" + assets[0].RoutePattern.RawText!.TrimStart('/'));

        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.True(MatrixEndpoint.AllowsAnonymous(a), a.DisplayName));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqliteMediaApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteMediaApp>;

public sealed class AuthorizationMatrixTestsOnPostgreSql(PostgresMediaApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresMediaApp>;
