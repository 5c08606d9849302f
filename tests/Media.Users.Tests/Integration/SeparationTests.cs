using System.Net.Http.Json;
using Media.Abstractions.Security;
using Media.Data;
using Media.Testing;

namespace Media.Users.Tests.Integration;

/// <summary>三员分立 (docs/accounts.md §6): no one changes their own roles; Admin and Auditor stand apart from each other
/// and from the review roles; the last active Admin stays.</summary>
public abstract class SeparationTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Theory]
    [InlineData("Admin", "Auditor")]
    [InlineData("Admin", "Editor")]
    [InlineData("Admin", "ChiefEditor")]
    [InlineData("Auditor", "Leader")]
    [InlineData("Auditor", "Editor")]
    public async Task CreateAndSetRoles_Return422_ForRolesThatMustStayApart(string first, string second)
    {
        var admin = await newsroom.AdminAsync();
        var userName = "sep" + Guid.NewGuid().ToString("N")[..8];

        var created = await admin.PostJsonAsync("/api/users",
            new { userName, displayName = "分立", password = Newsroom.Password, roles = new[] { first, second } }, 422);
        var (_, id) = await newsroom.UserAsync(MediaRoles.Reporter);
        var changed = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { first, second } }), 422);

        Assert.True(created.GetProperty("errors").TryGetProperty("roles", out _));
        Assert.True(changed.GetProperty("errors").TryGetProperty("roles", out _));
    }

    [Fact]
    public async Task Create_AllowsAdminOrAuditor_WithReporter()
    {
        var admin = await newsroom.AdminAsync();
        foreach (var role in new[] { MediaRoles.Admin, MediaRoles.Auditor })
        {
            await admin.PostJsonAsync("/api/users", new
            {
                userName = "sep" + Guid.NewGuid().ToString("N")[..8], displayName = "分立", password = Newsroom.Password,
                roles = new[] { role, MediaRoles.Reporter },
            }, 201);
        }
    }

    [Fact]
    public async Task SetRoles_Returns403_ForOnesOwnRoles()
    {
        var (otherAdmin, id) = await newsroom.UserAsync(MediaRoles.Admin);

        var refused = await MediaClient.ExpectAsync(await otherAdmin.Http.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { MediaRoles.Admin, MediaRoles.Reporter } }), 403);

        Assert.Contains("自己的角色", refused.GetProperty("detail").GetString());
    }
}

/// <summary>A site whose bootstrap admin is made a Reporter, leaving two Admins who then disable each other at once:
/// one of them must remain.</summary>
public abstract class LastAdminTests(MediaAppFactory app)
{
    [Fact]
    public async Task TwoAdminsDisablingEachOtherAtOnce_LeaveOneActiveAdmin()
    {
        var bootstrap = await app.AdminAsync();
        var bootstrapId = (await bootstrap.GetJsonAsync("/api/me")).GetProperty("id").GetGuid();
        var admins = new List<(MediaClient Client, Guid Id)>();
        foreach (var i in new[] { 1, 2 })
        {
            var userName = $"adm{i}" + Guid.NewGuid().ToString("N")[..8];
            var created = await bootstrap.PostJsonAsync("/api/users",
                new { userName, displayName = $"管理员 {i}", password = Newsroom.Password, roles = new[] { MediaRoles.Admin } }, 201);
            admins.Add((await app.SignInAsync(userName, Newsroom.Password), created.GetProperty("id").GetGuid()));
        }
        await MediaClient.ExpectAsync(await admins[0].Client.Http.PutAsJsonAsync($"/api/users/{bootstrapId}/roles", new { roles = new[] { MediaRoles.Reporter } }), 200);

        var answers = await Task.WhenAll(
            admins[0].Client.PostAsync($"/api/users/{admins[1].Id}/disable", new { }),
            admins[1].Client.PostAsync($"/api/users/{admins[0].Id}/disable", new { }));

        var statuses = answers.Select(a => (int)a.StatusCode).Order().ToList();
        Assert.Equal(200, statuses[0]);
        Assert.Contains(statuses[1], new[] { 401, 409 }); // 401 when the other's disable ended this token first
        var survivor = answers[0].IsSuccessStatusCode ? admins[0] : admins[1];
        var victim = answers[0].IsSuccessStatusCode ? admins[1] : admins[0];
        Assert.False((await survivor.Client.GetJsonAsync($"/api/users/{survivor.Id}")).GetProperty("isDisabled").GetBoolean());
        Assert.True((await survivor.Client.GetJsonAsync($"/api/users/{victim.Id}")).GetProperty("isDisabled").GetBoolean());
    }
}

public sealed class SqliteLastAdminApp() : MediaAppFactory(DatabaseProvider.Sqlite);

public sealed class PostgresLastAdminApp() : MediaAppFactory(DatabaseProvider.PostgreSql);

public sealed class SeparationTestsOnSqlite(SqliteMediaApp app) : SeparationTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SeparationTestsOnPostgreSql(PostgresMediaApp app) : SeparationTests(app), IClassFixture<PostgresMediaApp>;

public sealed class LastAdminTestsOnSqlite(SqliteLastAdminApp app) : LastAdminTests(app), IClassFixture<SqliteLastAdminApp>;

public sealed class LastAdminTestsOnPostgreSql(PostgresLastAdminApp app) : LastAdminTests(app), IClassFixture<PostgresLastAdminApp>;
