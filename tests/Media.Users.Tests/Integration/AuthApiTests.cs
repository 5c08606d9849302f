using System.Net.Http.Headers;
using System.Net.Http.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Users.Tests.Integration;

public abstract class AuthApiTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Login_ReturnsBearerToken_AndMeShowsRoles()
    {
        var (client, id) = await newsroom.UserAsync(MediaRoles.Editor, MediaRoles.Reporter);

        var me = await client.GetJsonAsync("/api/me");

        Assert.Equal(id, me.GetProperty("id").GetGuid());
        var roles = me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal(["Editor", "Reporter"], roles.Order());
    }

    [Fact]
    public async Task Login_ReturnsTokenShape_FromContract()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = MediaAppFactory.AdminPassword });
        var token = await MediaClient.ExpectAsync(response, 200);

        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.True(token.GetProperty("expiresIn").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(token.GetProperty("accessToken").GetString()));
    }

    [Theory]
    [InlineData("admin", "wrong-password")]
    [InlineData("nobody-here", "whatever-1")]
    public async Task Login_Returns401Problem_WhenCredentialsWrong(string userName, string password)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password });

        var problem = await MediaClient.ExpectAsync(response, 401);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Login_LocksAccount_AfterFiveFailures_EvenForTheRightPassword()
    {
        var admin = await newsroom.AdminAsync();
        var userName = "lock" + Guid.NewGuid().ToString("N")[..8];
        await admin.PostJsonAsync("/api/users", new { userName, displayName = "锁定测试", password = Newsroom.Password, roles = new[] { "Reporter" } }, 201);
        var http = app.CreateClient();

        for (var i = 0; i < 4; i++)
            await MediaClient.ExpectAsync(await http.PostAsJsonAsync("/api/auth/login", new { userName, password = "wrong-password" }), 401);
        var fifth = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = "wrong-password" });
        var locked = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = Newsroom.Password });

        await MediaClient.ExpectAsync(fifth, 423);
        await MediaClient.ExpectAsync(locked, 423);
        Assert.NotNull(locked.Headers.RetryAfter);
    }

    [Fact]
    public async Task Login_Returns400NamingFields_WhenMissing()
    {
        var problem = await MediaClient.ExpectAsync(await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "" }), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("userName", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Login_Returns400Problem_WhenJsonMalformed()
    {
        var response = await new MediaClient(app.CreateClient()).PostRawAsync("/api/auth/login", "{\"userName\": \"admin\", ");

        var problem = await MediaClient.ExpectAsync(response, 400);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", problem.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-real-token")]
    public async Task Api_Returns401_WithoutValidToken(string? token)
    {
        var http = app.CreateClient();
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        foreach (var url in new[] { "/api/me", "/api/articles", "/api/users", "/api/columns" })
        {
            var response = await http.GetAsync(url);
            await MediaClient.ExpectAsync(response, 401);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}

public sealed class AuthApiTestsOnSqlite(SqliteMediaApp app) : AuthApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class AuthApiTestsOnPostgreSql(PostgresMediaApp app) : AuthApiTests(app), IClassFixture<PostgresMediaApp>;
