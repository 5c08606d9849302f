namespace Media.Testing;

/// <summary>The redis-server the test script starts. Tests never skip for want of it: they fail and say why.</summary>
public static class RedisServer
{
    public const string Variable = "MEDIA_TEST_REDIS";

    /// <summary>The StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>.</summary>
    public static string Configuration =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with 'bash tests/test.sh', which starts a redis-server, " +
                $"or set {Variable} to e.g. '127.0.0.1:6379'.");

    /// <summary>Settings that put a site's shared state under a prefix of its own in the test Redis.</summary>
    public static Dictionary<string, string?> Settings(string instanceName) => new()
    {
        ["Media:Redis:Configuration"] = Configuration,
        ["Media:Redis:InstanceName"] = instanceName,
    };
}
