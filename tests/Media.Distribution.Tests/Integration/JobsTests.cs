using System.Net;
using Hangfire;
using Hangfire.States;
using Media.Data;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Distribution.Tests.Integration;

/// <summary>A job enqueued through the host's client runs on the host's own server and storage, resolved from DI.</summary>
public abstract partial class JobsTests(MediaAppFactory app)
{
    [Fact]
    public async Task EnqueuedJob_RunsOnThisHostsStorage()
    {
        var marker = Path.Combine(app.AppData, $"probe-{Guid.NewGuid():N}.txt");
        var client = app.Services.GetRequiredService<IBackgroundJobClient>();

        var jobId = client.Enqueue<ProbeJob>(job => job.WriteAsync(marker, CancellationToken.None));

        var storage = app.Services.GetRequiredService<JobStorage>();
        string? state = null;
        for (var i = 0; i < 100 && state != SucceededState.StateName; i++)
        {
            await Task.Delay(100);
            state = storage.GetConnection().GetStateData(jobId)?.Name;
        }
        Assert.Equal(SucceededState.StateName, state);
        Assert.Equal("ran", await File.ReadAllTextAsync(marker));
    }

    [Fact]
    public async Task Dashboard_IsClosed_ToAnonymousAndApiTokens()
    {
        // Both are sent to the admin sign-in page (the fallback policy; docs/accounts.md §11): an API token is not the
        // admin cookie, so it opens nothing under /admin.
        var admin = await app.AdminAsync();
        var anonymous = await NoRedirects().GetAsync("/admin/jobs");
        var tokenClient = NoRedirects();
        tokenClient.DefaultRequestHeaders.Authorization = admin.Http.DefaultRequestHeaders.Authorization;
        var withToken = await tokenClient.GetAsync("/admin/jobs");

        foreach (var response in new[] { anonymous, withToken })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!;
            Assert.StartsWith("/admin/signin", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        }
    }

    private HttpClient NoRedirects() =>
        app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task DashboardCommand_IsOnTheAuditTrail_WithTheJobsAndTheAnswer()
    {
        var jobId = app.Services.GetRequiredService<IBackgroundJobClient>()
            .Schedule<ProbeJob>(job => job.WriteAsync(Path.Combine(app.AppData, "never.txt"), CancellationToken.None), TimeSpan.FromDays(1));
        var session = await AdminSession.SignInAsync(app, "admin", MediaAppFactory.AdminPassword);
        var page = await session.PageAsync("/admin/jobs/jobs/scheduled");
        var token = System.Net.WebUtility.HtmlDecode(DashboardToken().Match(page).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(token), "the dashboard page carries its antiforgery token");
        var before = await AuditCountAsync();

        var deleted = await session.PostFormAsync("/admin/jobs/jobs/scheduled/delete", token, ("jobs[]", jobId));

        Assert.True(deleted.IsSuccessStatusCode, $"the dashboard answered {(int)deleted.StatusCode}");
        Assert.Equal(DeletedState.StateName, app.Services.GetRequiredService<JobStorage>().GetConnection().GetStateData(jobId)?.Name);
        var entry = await LastDashboardEntryAsync();
        var me = await (await app.AdminAsync()).GetJsonAsync("/api/me");
        Assert.Equal(me.GetProperty("id").GetGuid(), entry.Actor);
        using var data = System.Text.Json.JsonDocument.Parse(entry.Data);
        Assert.Equal("/jobs/scheduled/delete", data.RootElement.GetProperty("command").GetString());
        Assert.Equal(jobId, Assert.Single(data.RootElement.GetProperty("jobs").EnumerateArray()).GetString());
        Assert.Equal((int)deleted.StatusCode, data.RootElement.GetProperty("status").GetInt32());
        Assert.True(await AuditCountAsync() > before);
    }

    private async Task<int> AuditCountAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM \"AuditEntries\" WHERE \"Action\" = {"jobs.dashboard-action"}").SingleAsync();
    }

    private async Task<(Guid? Actor, string Data)> LastDashboardEntryAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        var actor = await db.Database.SqlQuery<Guid?>(
            $"SELECT \"ActorId\" AS \"Value\" FROM \"AuditEntries\" WHERE \"Action\" = {"jobs.dashboard-action"} ORDER BY \"Seq\" DESC").FirstAsync();
        var data = await db.Database.SqlQuery<string>(
            $"SELECT \"Data\" AS \"Value\" FROM \"AuditEntries\" WHERE \"Action\" = {"jobs.dashboard-action"} ORDER BY \"Seq\" DESC").FirstAsync();
        return (actor, data);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]*)\">")]
    private static partial System.Text.RegularExpressions.Regex DashboardToken();
}

public sealed class ProbeJob
{
    public Task WriteAsync(string path, CancellationToken cancellationToken) => File.WriteAllTextAsync(path, "ran", cancellationToken);
}

public sealed class JobsTestsOnSqlite(SqliteMediaApp app) : JobsTests(app), IClassFixture<SqliteMediaApp>;

public sealed class JobsTestsOnPostgreSql(PostgresMediaApp app) : JobsTests(app), IClassFixture<PostgresMediaApp>;
