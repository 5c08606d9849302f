using System.Net;
using Hangfire;
using Hangfire.States;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Distribution.Tests.Integration;

/// <summary>A job enqueued through the host's client runs on the host's own server and storage, resolved from DI.</summary>
public abstract class JobsTests(MediaAppFactory app)
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
        var anonymous = await app.CreateClient().GetAsync("/admin/jobs");
        var admin = await app.AdminAsync();
        var withToken = await admin.GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withToken.StatusCode);
    }
}

public sealed class ProbeJob
{
    public Task WriteAsync(string path, CancellationToken cancellationToken) => File.WriteAllTextAsync(path, "ran", cancellationToken);
}

public sealed class JobsTestsOnSqlite(SqliteMediaApp app) : JobsTests(app), IClassFixture<SqliteMediaApp>;

public sealed class JobsTestsOnPostgreSql(PostgresMediaApp app) : JobsTests(app), IClassFixture<PostgresMediaApp>;
