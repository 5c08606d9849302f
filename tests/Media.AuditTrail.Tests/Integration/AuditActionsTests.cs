using System.Net.Http.Json;
using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.AuditTrail.Tests.Integration;

/// <summary>Every recorded action leaves exactly one entry, and a refused action leaves none.</summary>
public abstract class AuditActionsTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    private async Task<MediaClient> AuditorAsync() => (await newsroom.UserAsync(MediaRoles.Auditor)).Client;

    private static async Task<int> CountAsync(MediaClient auditor, string subject, string action) =>
        (await AuditApi.AllAsync(auditor, $"&action={action}")).About(subject, action).Count();

    [Fact]
    public async Task UserCreated_AndSignInSucceeded_LeaveOneEntryEach()
    {
        var (_, id) = await newsroom.UserAsync(MediaRoles.Reporter);
        var auditor = await AuditorAsync();

        Assert.Equal(1, await CountAsync(auditor, $"user:{id}", AuditActions.UserCreated));
        Assert.Equal(1, await CountAsync(auditor, $"user:{id}", AuditActions.SignInSucceeded));
    }

    [Fact]
    public async Task SignInFailed_LeavesOneEntryPerAttempt_AndLockoutExactlyOne()
    {
        var userName = "lock" + Guid.NewGuid().ToString("N")[..8];
        var created = await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "锁定测试", password = Newsroom.Password, roles = new[] { MediaRoles.Reporter } }, 201);
        var subject = $"user:{created.GetProperty("id").GetGuid()}";
        var anonymous = app.Anonymous();

        await anonymous.PostAsync("/api/auth/login", new { userName, password = "wrong-1" });
        var auditor = await AuditorAsync();
        Assert.Equal(1, await CountAsync(auditor, subject, AuditActions.SignInFailed));
        for (var i = 2; i <= 5; i++) await anonymous.PostAsync("/api/auth/login", new { userName, password = $"wrong-{i}" });

        Assert.Equal(5, await CountAsync(auditor, subject, AuditActions.SignInFailed));
        Assert.Equal(1, await CountAsync(auditor, subject, AuditActions.AccountLockedOut));
    }

    [Fact]
    public async Task RolesChanged_AndDisabled_LeaveOneEntryEach()
    {
        var (_, id) = await newsroom.UserAsync(MediaRoles.Reporter);
        var admin = await newsroom.AdminAsync();

        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"/api/users/{id}/roles", new { roles = new[] { MediaRoles.Editor } }), 200);
        await MediaClient.ExpectAsync(await admin.PostAsync($"/api/users/{id}/disable", new { }), 200);
        var auditor = await AuditorAsync();

        Assert.Equal(1, await CountAsync(auditor, $"user:{id}", AuditActions.UserRolesChanged));
        Assert.Equal(1, await CountAsync(auditor, $"user:{id}", AuditActions.UserDisabled));
    }

    [Fact]
    public async Task ColumnCreated_ArticleCreated_AndArticleEdited_LeaveOneEntryEach_AndAStaleEditNone()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var created = await Newsroom.ArticleAsync(reporter, column);
        var id = created.GetProperty("id").GetGuid();
        var edit = new { columnId = column, title = "改", body = "改过" };
        var edited = await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{id}", edit, "\"1\""), 200);
        await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{id}", edit, "\"1\""), 412);
        var auditor = await AuditorAsync();

        var entries = await AuditApi.AllAsync(auditor, $"&articleId={id}");

        Assert.Equal(1, await CountAsync(auditor, $"column:{column}", AuditActions.ColumnCreated));
        Assert.Equal([AuditActions.ArticleCreated, AuditActions.ArticleEdited], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(created.GetProperty("contentHash").GetString(), entries[0].GetProperty("contentHash").GetString());
        Assert.Equal(edited.GetProperty("contentHash").GetString(), entries[1].GetProperty("contentHash").GetString());
    }
}

public sealed class AuditActionsTestsOnSqlite(AuditSqliteApp app) : AuditActionsTests(app), IClassFixture<AuditSqliteApp>;

public sealed class AuditActionsTestsOnPostgreSql(AuditPostgresApp app) : AuditActionsTests(app), IClassFixture<AuditPostgresApp>;
