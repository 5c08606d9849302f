using System.Net.Http.Json;
using Media.Testing;

namespace Media.Users.Tests.Integration;

/// <summary>The failed-attempt count is exact under concurrent attempts: N parallel wrong passwords count N.</summary>
public abstract class ConcurrentFailuresTests(StrictLockoutApp app)
{
    [Fact]
    public async Task Login_LocksAccount_After20ParallelWrongPasswords()
    {
        var userName = "par" + Guid.NewGuid().ToString("N")[..8];
        await (await app.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "并发测试", password = Newsroom.Password, roles = new[] { "Reporter" } }, 201);
        var http = app.CreateClient();

        var attempts = await Task.WhenAll(Enumerable.Range(0, StrictLockoutApp.MaxFailedSignIns).Select(i =>
            http.PostAsJsonAsync("/api/auth/login", new { userName, password = $"wrong-password-{i}" })));
        var right = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = Newsroom.Password });

        Assert.All(attempts, a => Assert.Contains((int)a.StatusCode, new[] { 401, 423 }));
        Assert.Equal(1, attempts.Count(a => (int)a.StatusCode == 423));
        await MediaClient.ExpectAsync(right, 423);
        Assert.NotNull(right.Headers.RetryAfter);
    }
}

public sealed class ConcurrentFailuresTestsOnSqlite(SqliteStrictLockoutApp app)
    : ConcurrentFailuresTests(app), IClassFixture<SqliteStrictLockoutApp>;

public sealed class ConcurrentFailuresTestsOnPostgreSql(PostgresStrictLockoutApp app)
    : ConcurrentFailuresTests(app), IClassFixture<PostgresStrictLockoutApp>;
