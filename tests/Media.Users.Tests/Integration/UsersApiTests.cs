using System.Net.Http.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Users.Tests.Integration;

public abstract class UsersApiTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    private static object NewUser(string userName, params string[] roles) =>
        new { userName, displayName = "新同事", password = Newsroom.Password, roles };

    [Fact]
    public async Task Create_Returns201WithoutPassword_AndGetFindsIt()
    {
        var admin = await newsroom.AdminAsync();
        var userName = "new" + Guid.NewGuid().ToString("N")[..8];

        var response = await admin.PostAsync("/api/users", NewUser(userName, "reporter", "Editor"));
        var user = await MediaClient.ExpectAsync(response, 201);
        var fetched = await admin.GetJsonAsync($"/api/users/{user.GetProperty("id").GetGuid()}");

        Assert.Equal(userName, fetched.GetProperty("userName").GetString());
        Assert.Equal(["Editor", "Reporter"], fetched.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain("password", (await response.Content.ReadAsStringAsync()).ToLowerInvariant());
        Assert.NotNull(response.Headers.Location);
    }

    [Fact]
    public async Task Create_Returns409_WhenNameTakenInAnyCase()
    {
        var admin = await newsroom.AdminAsync();
        var userName = "dup" + Guid.NewGuid().ToString("N")[..8];
        await admin.PostJsonAsync("/api/users", NewUser(userName, "Reporter"), 201);

        await admin.PostJsonAsync("/api/users", NewUser(userName.ToUpperInvariant(), "Reporter"), 409);
    }

    [Fact]
    public async Task Create_Returns400NamingFields_WhenInvalid()
    {
        var admin = await newsroom.AdminAsync();

        var problem = await admin.PostJsonAsync("/api/users",
            new { userName = "has space", displayName = "", password = "short", roles = new[] { "Janitor" } }, 400);

        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "userName", "displayName", "password", "roles" })
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}: {errors}");
    }

    [Fact]
    public async Task UsersApi_Returns403_ForNonAdmins()
    {
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);

        await editor.PostJsonAsync("/api/users", NewUser("x" + Guid.NewGuid().ToString("N")[..8], "Reporter"), 403);
        await editor.GetJsonAsync("/api/users", 403);
    }

    [Fact]
    public async Task SetRoles_ChangesRoles_AndEndsTheUsersCurrentToken()
    {
        var admin = await newsroom.AdminAsync();
        var (reporter, id) = await newsroom.UserAsync(MediaRoles.Reporter);

        var updated = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { "Editor" } }), 200);

        Assert.Equal(["Editor"], updated.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        await reporter.GetJsonAsync("/api/me", 401);
    }

    [Fact]
    public async Task Disable_BlocksSignInAndCurrentToken()
    {
        var admin = await newsroom.AdminAsync();
        var userName = "dis" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostJsonAsync("/api/users", NewUser(userName, "Reporter"), 201);
        var client = await app.SignInAsync(userName, Newsroom.Password);

        var disabled = await admin.PostJsonAsync($"/api/users/{created.GetProperty("id").GetGuid()}/disable", new { }, 200);

        Assert.True(disabled.GetProperty("isDisabled").GetBoolean());
        await client.GetJsonAsync("/api/me", 401);
        await MediaClient.ExpectAsync(await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password = Newsroom.Password }), 401);
    }

    [Fact]
    public async Task Get_Returns404_ForUnknownUser()
    {
        var admin = await newsroom.AdminAsync();
        await admin.GetJsonAsync($"/api/users/{Guid.NewGuid()}", 404);
    }

    [Fact]
    public async Task List_IsPaged()
    {
        var admin = await newsroom.AdminAsync();
        await newsroom.UserAsync(MediaRoles.Reporter);

        var page = await admin.GetJsonAsync("/api/users?page=1&pageSize=1");

        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
    }
}

public sealed class UsersApiTestsOnSqlite(SqliteMediaApp app) : UsersApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class UsersApiTestsOnPostgreSql(PostgresMediaApp app) : UsersApiTests(app), IClassFixture<PostgresMediaApp>;
