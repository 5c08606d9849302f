using System.Net;
using System.Net.Http.Json;
using Media.Testing;
using Media.Web.Tests.Support;

namespace Media.Web.Tests.Integration;

/// <summary>docs/operations.md §6: <c>GET /metrics</c> in Prometheus text format, from loopback by default, with the
/// modules' metrics after real work (a delivery, a failed sign-in) and the queue depth.</summary>
public abstract class MetricsTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Metrics_FromLoopback_ListDeliveriesSignInFailuresAndTheQueue()
    {
        var failed = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "nobody-" + Guid.NewGuid().ToString("N")[..8], password = "wrong-password-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        var (article, leader) = await SignOffPath.SignedOffAsync(newsroom, await newsroom.ColumnAsync());
        var id = article.GetProperty("id").GetGuid();
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);
        await DeliveredAsync(leader, id);

        var response = await app.CreateClient().GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches("""media_deliveries_total\{[^}]*channel="web"[^}]*state="delivered"[^}]*\} [1-9]""", text);
        Assert.Matches("""media_delivery_duration_seconds_bucket\{[^}]*channel="web"[^}]*le="\+Inf"[^}]*\} [1-9]""", text);
        Assert.Matches("""media_signin_failures_total\{[^}]*reason="unknown-user"[^}]*\} [1-9]""", text);
        Assert.Matches("""media_jobs_queue\{[^}]*state="enqueued"[^}]*\} \d""", text);
        Assert.Matches("""media_jobs_queue\{[^}]*state="scheduled"[^}]*\} \d""", text);
        Assert.Contains("http_server_request_duration_seconds_bucket", text);
    }

    private static async Task DeliveredAsync(MediaClient client, Guid articleId)
    {
        for (var i = 0; i < 150; i++)
        {
            var deliveries = await client.GetJsonAsync($"/api/articles/{articleId}/deliveries");
            if (deliveries.GetArrayLength() > 0 && deliveries.EnumerateArray().All(d => d.GetProperty("state").GetString() == "delivered")) return;
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"The deliveries of {articleId} were not delivered in time.");
    }
}

public sealed class MetricsTestsOnSqlite(KestrelSqliteSite app) : MetricsTests(app), IClassFixture<KestrelSqliteSite>;

public sealed class MetricsTestsOnPostgreSql(KestrelPostgresSite app) : MetricsTests(app), IClassFixture<KestrelPostgresSite>;

/// <summary>From an address outside <c>Media:Hosting:MetricsAllowedFrom</c> the scrape does not exist: 404, as for
/// any unknown path, so a scanner learns nothing; the rest of the site answers as usual.</summary>
public abstract class MetricsRefusedTests(MediaAppFactory app)
{
    [Fact]
    public async Task Metrics_Returns404_FromAnAddressNotAllowed()
    {
        var http = app.CreateClient();

        var metrics = await http.GetAsync("/metrics");
        var health = await http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
        Assert.DoesNotContain("media_", await metrics.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}

public sealed class MetricsRefusedTestsOnSqlite(MetricsElsewhereSqliteSite app) : MetricsRefusedTests(app), IClassFixture<MetricsElsewhereSqliteSite>;

public sealed class MetricsRefusedTestsOnPostgreSql(MetricsElsewherePostgresSite app) : MetricsRefusedTests(app), IClassFixture<MetricsElsewherePostgresSite>;
