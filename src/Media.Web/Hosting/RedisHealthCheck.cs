using Media.Abstractions.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Media.Web.Hosting;

/// <summary>Part of <c>/health/ready</c> when Redis is configured: a node that cannot reach it cannot serve
/// cached pages, read cookies or count sign-ins like the others, so it should not take traffic.</summary>
internal sealed class RedisHealthCheck(MediaRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.Database.PingAsync();
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0} ms.");
        }
        catch (StackExchange.Redis.RedisException e)
        {
            // The message names the endpoint, never the password of the configuration string.
            return HealthCheckResult.Unhealthy("Redis is unreachable.", e);
        }
    }
}
