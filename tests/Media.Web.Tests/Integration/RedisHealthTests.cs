using System.Net;
using Media.Data;
using Media.Testing;

namespace Media.Web.Tests.Integration;

/// <summary><c>/health/ready</c> includes Redis when it is configured (docs/operations.md §4).</summary>
public sealed class RedisHealthTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Ready_Returns200_WhenRedisAnswers(DatabaseProvider provider)
    {
        await using var app = new RedisApp(provider, RedisServer.Configuration);

        using var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Ready_Returns503_WhenRedisIsUnreachable(DatabaseProvider provider)
    {
        // Port 1 on loopback: nothing listens there.
        await using var app = new RedisApp(provider, "127.0.0.1:1,connectTimeout=500,syncTimeout=500,asyncTimeout=500");

        using var live = await app.CreateClient().GetAsync("/health/live");
        using var ready = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    private sealed class RedisApp(DatabaseProvider provider, string redis) : MediaAppFactory(provider)
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Media:Redis:Configuration"] = redis,
            ["Media:Redis:InstanceName"] = "media-test-" + Guid.NewGuid().ToString("N")[..12] + ":",
        };
    }
}
