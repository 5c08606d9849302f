using System.Net;
using Media.Abstractions.Security;
using Media.Data;
using Media.Testing;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Users.Tests.Integration;

/// <summary>docs/accounts.md §10: a server-side session per sign-in, ended by sign-out, idle time and the absolute lifetime.</summary>
public abstract class SessionTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Logout_EndsTheToken_AndIsAudited()
    {
        var (client, id) = await newsroom.UserAsync(MediaRoles.Reporter);
        var other = await SignInAgainAsync(id);
        await client.GetJsonAsync("/api/me");

        await client.PostJsonAsync("/api/auth/logout", new { }, 204);

        var after = await client.GetJsonAsync("/api/me", 401);
        Assert.EndsWith("/unauthorized", after.GetProperty("type").GetString());
        await other.GetJsonAsync("/api/me"); // the user's other session goes on
        var admin = await newsroom.AdminAsync();
        Assert.Single((await admin.GetJsonAsync("/api/audit?action=auth.signout&limit=500")).GetProperty("items").EnumerateArray(),
            e => e.GetProperty("subject").GetString() == $"user:{id}");
    }

    [Fact]
    public async Task IdleSession_Ends_ButAUsedOneGoesOn()
    {
        var (idle, id) = await newsroom.UserAsync(MediaRoles.Reporter);
        var used = await SignInAgainAsync(id);
        await idle.GetJsonAsync("/api/me");

        var usedSession = await NewestSessionAsync(id);

        await MoveSessionsAsync(id, lastSeen: TimeSpan.FromMinutes(31), created: TimeSpan.FromMinutes(40), except: usedSession);
        await MoveSessionsAsync(id, lastSeen: TimeSpan.FromMinutes(29), created: TimeSpan.FromMinutes(40), only: usedSession);

        await idle.GetJsonAsync("/api/me", 401);
        await used.GetJsonAsync("/api/me");
    }

    [Fact]
    public async Task Session_EndsAfterTheAbsoluteLifetime_EvenWhenUsed()
    {
        var (client, id) = await newsroom.UserAsync(MediaRoles.Reporter);

        await MoveSessionsAsync(id, lastSeen: TimeSpan.FromSeconds(10), created: TimeSpan.FromHours(8));

        await client.GetJsonAsync("/api/me", 401);
    }

    [Fact]
    public async Task SeenAt_IsWrittenAtMostOnceAMinute()
    {
        var (client, id) = await newsroom.UserAsync(MediaRoles.Reporter);
        await MoveSessionsAsync(id, lastSeen: TimeSpan.FromSeconds(30), created: TimeSpan.FromMinutes(1));
        var before = await LastSeenAsync(id);

        await client.GetJsonAsync("/api/me");
        Assert.Equal(before, await LastSeenAsync(id));
        await MoveSessionsAsync(id, lastSeen: TimeSpan.FromMinutes(2), created: TimeSpan.FromMinutes(2));
        await client.GetJsonAsync("/api/me");

        Assert.True(await LastSeenAsync(id) > before);
    }

    [Fact]
    public async Task AdminSignOut_EndsTheCookiesSession_AndAnEndedSessionsCookieIsRefused()
    {
        var (session, userName) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var id = await UserIdAsync(userName);
        await session.PageAsync("/admin/account");
        var (_, token) = await session.OpenFormAsync("/admin/signout");

        var signedOut = await session.PostFormAsync("/admin/signout", token);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        Assert.NotNull((await db.Set<UserSession>().SingleAsync(s => s.UserId == id)).EndedAt);

        var second = await AdminSession.SignInAsync(app, userName, Newsroom.Password);
        await second.PageAsync("/admin/account");
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        await db.Set<UserSession>().Where(s => s.UserId == id && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
        var refused = await second.Http.GetAsync("/admin/account");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    private async Task<MediaClient> SignInAgainAsync(Guid id) => await app.SignInAsync(await UserNameAsync(id), Newsroom.Password);

    private async Task<string> UserNameAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<MediaUser>().Where(u => u.Id == id).Select(u => u.UserName).SingleAsync();
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<MediaUser>().Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private async Task<string> NewestSessionAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sessions = await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<UserSession>().Where(s => s.UserId == id).ToListAsync();
        return sessions.OrderBy(s => s.CreatedAt).Last().Id;
    }

    private async Task<DateTimeOffset> LastSeenAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<UserSession>().Where(s => s.UserId == id).Select(s => s.LastSeenAt).SingleAsync();
    }

    /// <summary>Moves the user's sessions back in time, as the clock moving on would (no fake clock in the host).</summary>
    private async Task MoveSessionsAsync(Guid id, TimeSpan lastSeen, TimeSpan created, string? only = null, string? except = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Set<UserSession>()
            .Where(s => s.UserId == id && (only == null || s.Id == only) && (except == null || s.Id != except))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now - lastSeen).SetProperty(x => x.CreatedAt, now - created));
    }
}

public sealed class SessionTestsOnSqlite(SqliteMediaApp app) : SessionTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SessionTestsOnPostgreSql(PostgresMediaApp app) : SessionTests(app), IClassFixture<PostgresMediaApp>;
