using System.Net;
using System.Net.Http.Json;
using Media.Abstractions.Security;
using Media.Data;
using Media.Testing;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Users.Tests.Integration;

/// <summary>docs/accounts.md §4–5: the password policy on create, reset and change; changing one's own password; an
/// Admin's reset and the change it requires.</summary>
public abstract class PasswordTests(MediaAppFactory app)
{
    private const string NewPassword = "Spring-Harvest-42";
    private readonly Newsroom newsroom = new(app);

    private async Task<(string UserName, Guid Id, MediaClient Client)> NewUserAsync()
    {
        var userName = "pw" + Guid.NewGuid().ToString("N")[..10];
        var created = await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "密码测试", password = Newsroom.Password, roles = new[] { MediaRoles.Reporter } }, 201);
        return (userName, created.GetProperty("id").GetGuid(), await app.SignInAsync(userName, Newsroom.Password));
    }

    private static async Task AssertPasswordRefusedAsync(HttpResponseMessage response)
    {
        var problem = await MediaClient.ExpectAsync(response, 422);
        var messages = problem.GetProperty("errors").GetProperty("password").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.NotEmpty(messages);
    }

    [Theory]
    [InlineData("Short-1a")] // too short
    [InlineData("lowercase-only")] // 14 characters, two classes
    [InlineData("Qwerty123456!")] // common
    [InlineData("My-{0}-Pa55")] // contains the user name
    public async Task Create_Returns422WithPasswordError_WhenThePasswordBreaksThePolicy(string password)
    {
        var userName = "pc" + Guid.NewGuid().ToString("N")[..8];
        var response = await (await newsroom.AdminAsync()).PostAsync("/api/users",
            new { userName, displayName = "策略", password = string.Format(System.Globalization.CultureInfo.InvariantCulture, password, userName.ToUpperInvariant()), roles = new[] { "Reporter" } });

        await AssertPasswordRefusedAsync(response);
    }

    [Theory]
    [InlineData("sixteen chars ok")] // 16 of any kind
    [InlineData("Twelve-Chars")] // 12 with three classes
    public async Task Create_AcceptsPasswords_ThePolicyAllows(string password)
    {
        var userName = "pa" + Guid.NewGuid().ToString("N")[..8];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "策略", password, roles = new[] { "Reporter" } }, 201);
    }

    [Fact]
    public async Task ChangeOwn_Returns204_KeepsThisSession_AndEndsTheOthers()
    {
        var (userName, _, client) = await NewUserAsync();
        var other = await app.SignInAsync(userName, Newsroom.Password);

        await client.PostJsonAsync("/api/me/password", new { currentPassword = Newsroom.Password, newPassword = NewPassword }, 204);

        await client.GetJsonAsync("/api/me");
        await other.GetJsonAsync("/api/me", 401);
        await MediaClient.ExpectAsync(await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password = Newsroom.Password }), 401);
        await app.SignInAsync(userName, NewPassword);
    }

    [Fact]
    public async Task ChangeOwn_Returns401_ForAWrongCurrentPassword_CountingAsAFailedSignIn()
    {
        var (userName, _, client) = await NewUserAsync();

        for (var i = 0; i < 4; i++)
            await client.PostJsonAsync("/api/me/password", new { currentPassword = "Not-The-Pa55word", newPassword = NewPassword }, 401);
        var fifth = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password = "Not-The-Pa55word" });

        await MediaClient.ExpectAsync(fifth, 423);
    }

    [Fact]
    public async Task ChangeOwn_Returns422_ForOneOfTheLastFivePasswords_AndForAWeakOne()
    {
        var (_, _, client) = await NewUserAsync();
        string[] chain = ["Spring-Harvest-01", "Spring-Harvest-02", "Spring-Harvest-03", "Spring-Harvest-04"];
        var current = Newsroom.Password;
        foreach (var next in chain)
        {
            await client.PostJsonAsync("/api/me/password", new { currentPassword = current, newPassword = next }, 204);
            current = next;
        }

        // The last five: Newsroom.Password and the four above.
        await AssertPasswordRefusedAsync(await client.PostAsync("/api/me/password", new { currentPassword = current, newPassword = Newsroom.Password }));
        await AssertPasswordRefusedAsync(await client.PostAsync("/api/me/password", new { currentPassword = current, newPassword = current }));
        await AssertPasswordRefusedAsync(await client.PostAsync("/api/me/password", new { currentPassword = current, newPassword = "short" }));
        await client.PostJsonAsync("/api/me/password", new { currentPassword = current, newPassword = "Spring-Harvest-05" }, 204);
        // Newsroom.Password is now the sixth back: allowed again.
        await client.PostJsonAsync("/api/me/password", new { currentPassword = "Spring-Harvest-05", newPassword = Newsroom.Password }, 204);
    }

    [Fact]
    public async Task Reset_EndsSessions_AndTheNewSessionMayOnlyChangeThePassword()
    {
        var admin = await newsroom.AdminAsync();
        var (userName, id, before) = await NewUserAsync();

        await admin.PostJsonAsync($"/api/users/{id}/password", new { password = "Reset-By-Admin-7" }, 204);

        await before.GetJsonAsync("/api/me", 401);
        var after = await app.SignInAsync(userName, "Reset-By-Admin-7");
        Assert.True((await after.GetJsonAsync("/api/me")).GetProperty("passwordChangeRequired").GetBoolean());
        var refused = await after.GetJsonAsync("/api/articles", 403);
        Assert.EndsWith("/password-change-required", refused.GetProperty("type").GetString());
        await after.PostJsonAsync("/api/me/password", new { currentPassword = "Reset-By-Admin-7", newPassword = NewPassword }, 204);
        await after.GetJsonAsync("/api/articles");
        Assert.False((await after.GetJsonAsync("/api/me")).GetProperty("passwordChangeRequired").GetBoolean());
    }

    [Fact]
    public async Task Reset_Returns422_ForAWeakPassword_403ForNonAdmins_404ForNobody()
    {
        var admin = await newsroom.AdminAsync();
        var (userName, id, client) = await NewUserAsync();

        await AssertPasswordRefusedAsync(await admin.PostAsync($"/api/users/{id}/password", new { password = userName + "-Pa55!" }));
        await AssertPasswordRefusedAsync(await admin.PostAsync($"/api/users/{id}/password", new { password = Newsroom.Password })); // the current one
        await client.PostJsonAsync($"/api/users/{id}/password", new { password = "Reset-By-Admin-7" }, 403);
        await admin.PostJsonAsync($"/api/users/{Guid.NewGuid()}/password", new { password = "Reset-By-Admin-7" }, 404);
    }

    [Fact]
    public async Task ResetAndChange_AreOnTheAuditTrail_WithWhoDidThem()
    {
        var admin = await newsroom.AdminAsync();
        var (userName, id, _) = await NewUserAsync();
        await admin.PostJsonAsync($"/api/users/{id}/password", new { password = "Reset-By-Admin-7" }, 204);
        var user = await app.SignInAsync(userName, "Reset-By-Admin-7");
        await user.PostJsonAsync("/api/me/password", new { currentPassword = "Reset-By-Admin-7", newPassword = NewPassword }, 204);

        var reset = Assert.Single((await admin.GetJsonAsync("/api/audit?action=user.password.reset&limit=500")).GetProperty("items").EnumerateArray(),
            e => e.GetProperty("subject").GetString() == $"user:{id}");
        var changed = Assert.Single((await admin.GetJsonAsync("/api/audit?action=user.password.changed&limit=500")).GetProperty("items").EnumerateArray(),
            e => e.GetProperty("subject").GetString() == $"user:{id}");

        Assert.Equal((await admin.GetJsonAsync("/api/me")).GetProperty("id").GetGuid(), reset.GetProperty("actorId").GetGuid());
        Assert.True(reset.GetProperty("data").GetProperty("mustChange").GetBoolean());
        Assert.Equal(id, changed.GetProperty("actorId").GetGuid());
        Assert.DoesNotContain(NewPassword, changed.ToString());
    }

    [Fact]
    public async Task PasswordOlderThanMaxAge_MustBeChanged()
    {
        var (_, id, client) = await NewUserAsync();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
            var old = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-181);
            await db.Set<MediaUser>().Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordChangedAt, old));
        }

        var refused = await client.GetJsonAsync("/api/articles", 403);

        Assert.EndsWith("/password-change-required", refused.GetProperty("type").GetString());
        await client.PostJsonAsync("/api/me/password", new { currentPassword = Newsroom.Password, newPassword = NewPassword }, 204);
        await client.GetJsonAsync("/api/articles");
    }

    [Fact]
    public async Task AdminPages_SendAUserWhoMustChange_ToTheAccountPage_WhereTheChangeIsMade()
    {
        var admin = await newsroom.AdminAsync();
        var (userName, id, _) = await NewUserAsync();
        await admin.PostJsonAsync($"/api/users/{id}/password", new { password = "Reset-By-Admin-7" }, 204);
        var session = await AdminSession.SignInAsync(app, userName, "Reset-By-Admin-7");

        var redirected = await session.Http.GetAsync("/admin/articles");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/admin/account", redirected.Headers.Location?.OriginalString);
        var (html, token) = await session.OpenFormAsync(redirected.Headers.Location!.OriginalString);
        Assert.Contains("请先修改密码", html);
        var changed = await session.PostFormAsync("/admin/account", token, ("currentPassword", "Reset-By-Admin-7"),
            ("newPassword", NewPassword), ("confirmPassword", NewPassword), ("returnUrl", "/admin/articles"));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/admin/articles", changed.Headers.Location?.OriginalString);
        var articles = await session.PageAsync("/admin/articles");
        Assert.Contains("href=\"/admin/account\"", articles);
    }

    [Fact]
    public async Task AccountPage_RefusesAWeakPassword_WithTheReasons()
    {
        var (userName, _, _) = await NewUserAsync();
        var session = await AdminSession.SignInAsync(app, userName, Newsroom.Password);
        var (_, token) = await session.OpenFormAsync("/admin/account");

        var refused = await session.PostFormAsync("/admin/account", token, ("currentPassword", Newsroom.Password),
            ("newPassword", "Qwerty123456!"), ("confirmPassword", "Qwerty123456!"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("该密码过于常见", await AdminSession.ReadPageAsync(refused));
    }
}

public sealed class PasswordTestsOnSqlite(SqliteMediaApp app) : PasswordTests(app), IClassFixture<SqliteMediaApp>;

public sealed class PasswordTestsOnPostgreSql(PostgresMediaApp app) : PasswordTests(app), IClassFixture<PostgresMediaApp>;
