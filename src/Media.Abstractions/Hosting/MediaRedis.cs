using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Media.Abstractions.Hosting;

/// <summary>
/// The one Redis connection of the process, when <c>Media:Redis:Configuration</c> is set (docs/operations.md §1.3):
/// the host keeps the output cache and the data-protection keys there, the WeChat channel its access tokens, Users
/// its sign-in counters, so that every node sees the same. Every key starts with <see cref="InstanceName"/>
/// (<c>Media:Redis:InstanceName</c>, default <c>media:</c>). The connection opens on first use.
/// </summary>
public sealed class MediaRedis : IDisposable
{
    public const string ConfigurationKey = "Media:Redis:Configuration";
    public const string InstanceNameKey = "Media:Redis:InstanceName";
    public const string DefaultInstanceName = "media:";

    private readonly Lazy<IConnectionMultiplexer> connection;

    private MediaRedis(string configuration, string instanceName)
    {
        InstanceName = instanceName;
        var options = ConfigurationOptions.Parse(configuration);
        // Keep trying in the background rather than fail the process when Redis restarts.
        options.AbortOnConnectFail = false;
        connection = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The prefix of every key Media writes.</summary>
    public string InstanceName { get; }

    public IConnectionMultiplexer Connection => connection.Value;

    public IDatabase Database => Connection.GetDatabase();

    /// <summary>A key under the instance prefix: <c>Key("wechat:token:…")</c> → <c>media:wechat:token:…</c>.</summary>
    public RedisKey Key(string name) => InstanceName + name;

    /// <summary>Whether Redis is configured; the modules choose their shared or in-process stores by this.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[ConfigurationKey]);

    /// <summary>Registers the connection when configured and returns it (null when not: everything stays in process).
    /// Safe to call from every module: the first call registers, the others find it.</summary>
    public static MediaRedis? Register(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!IsConfigured(configuration)) return null;
        if (services.FirstOrDefault(d => d.ServiceType == typeof(Registration))?.ImplementationInstance is Registration registered)
            return registered.Redis;
        var instanceName = configuration[InstanceNameKey];
        var redis = new MediaRedis(configuration[ConfigurationKey]!,
            string.IsNullOrWhiteSpace(instanceName) ? DefaultInstanceName : instanceName);
        services.AddSingleton(new Registration(redis));
        // From a factory, so that the container disposes the connection with the host.
        services.AddSingleton(_ => redis);
        return redis;
    }

    private sealed record Registration(MediaRedis Redis);

    public void Dispose()
    {
        if (connection.IsValueCreated) connection.Value.Dispose();
    }
}
