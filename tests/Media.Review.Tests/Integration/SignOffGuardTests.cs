using Media.Abstractions.Content;
using Media.Data;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Review.Tests.Integration;

/// <summary>Invariant 5 (docs/review.md §2.5): what publishing calls. Resolved from the host's services, as the
/// distribution module will.</summary>
public abstract class SignOffGuardTests(MediaAppFactory app)
{
    [Fact]
    public async Task Check_IsOk_WhenCurrentContentIsTheSignedOne()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();
        var signed = await desk.SignedOffAsync(id);

        var verdict = await CheckAsync(id);

        Assert.True(verdict.Ok, verdict.Reason);
        Assert.Equal(new SignOffPin(1, signed.GetProperty("contentHash").GetString()!), verdict.SignOff);
    }

    [Fact]
    public async Task Check_Refuses_WhenArticleIsNotSignedOff()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();
        await ReviewDesk.ApproveAsync(desk.Editor, id);

        var verdict = await CheckAsync(id);

        Assert.False(verdict.Ok);
        Assert.Contains("in_review", verdict.Reason);
    }

    [Fact]
    public async Task Check_Refuses_WhenCurrentHashWasChangedInTheDatabase()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();
        await desk.SignedOffAsync(id);
        var forged = new string('f', 64);

        await ExecuteAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Articles\" SET \"CurrentContentHash\" = {forged} WHERE \"Id\" = {id}"));
        var verdict = await CheckAsync(id);

        Assert.False(verdict.Ok);
        Assert.Contains("not the signed one", verdict.Reason);
    }

    [Fact]
    public async Task Check_Refuses_WhenSignedVersionContentWasChangedInTheDatabase()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();
        await desk.SignedOffAsync(id);

        await ExecuteAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"ArticleVersions\" SET \"Body\" = {"篡改的正文"} WHERE \"ArticleId\" = {id}"));
        var verdict = await CheckAsync(id);

        Assert.False(verdict.Ok);
        Assert.Contains("stored content was changed", verdict.Reason);
    }

    [Fact]
    public async Task Check_Refuses_AfterReopen()
    {
        var desk = await ReviewDesk.OpenAsync(app);
        var id = await desk.SubmittedAsync();
        await desk.SignedOffAsync(id);
        await desk.Reporter.PostJsonAsync($"/api/articles/{id}/reopen", new { }, 200);

        Assert.False((await CheckAsync(id)).Ok);
    }

    private async Task<SignOffVerdict> CheckAsync(Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISignOffGuard>().CheckAsync(id, CancellationToken.None);
    }

    private async Task ExecuteAsync(Func<MediaDbContext, Task<int>> sql)
    {
        using var scope = app.Services.CreateScope();
        Assert.Equal(1, await sql(scope.ServiceProvider.GetRequiredService<MediaDbContext>()));
    }
}

public sealed class SignOffGuardTestsOnSqlite(SqliteMediaApp app) : SignOffGuardTests(app), IClassFixture<SqliteMediaApp>;

public sealed class SignOffGuardTestsOnPostgreSql(PostgresMediaApp app) : SignOffGuardTests(app), IClassFixture<PostgresMediaApp>;
