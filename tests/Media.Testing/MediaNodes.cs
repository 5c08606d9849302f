using Media.Data;
using Xunit;

namespace Media.Testing;

/// <summary>
/// Two nodes of one site, as behind a load balancer (docs/operations.md §1.3): two hosts on one database (SQLite file
/// or PostgreSQL database), each with its own AppData, sharing one Redis (under a prefix of their own) and one
/// S3 bucket in the servers the test script starts.
/// </summary>
public abstract class MediaNodes(DatabaseProvider provider) : IAsyncLifetime
{
    private Dictionary<string, string?> settings = [];

    public string Bucket { get; } = "media-test-" + Guid.NewGuid().ToString("N")[..20];

    public string RedisPrefix { get; } = "media-test-" + Guid.NewGuid().ToString("N")[..12] + ":";

    public MediaAppFactory First { get; private set; } = null!;

    public MediaAppFactory Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        settings = RedisServer.Settings(RedisPrefix);
        foreach (var (key, value) in await S3Server.BucketSettingsAsync(Bucket)) settings[key] = value;
        First = new Node(provider, settings);
        Second = new Node(First, settings);
        // Start them one after the other: the first migrates the database and creates the admin.
        _ = First.Services;
        _ = Second.Services;
    }

    public async Task DisposeAsync()
    {
        if (Second is not null) await Second.DisposeAsync();
        if (First is not null) await First.DisposeAsync();
    }

    private sealed class Node : MediaAppFactory
    {
        private readonly Dictionary<string, string?> settings;

        public Node(DatabaseProvider provider, Dictionary<string, string?> settings) : base(provider) => this.settings = settings;

        public Node(MediaAppFactory owner, Dictionary<string, string?> settings) : base(owner) => this.settings = settings;

        protected override IDictionary<string, string?> Settings => settings;
    }
}

public sealed class SqliteMediaNodes() : MediaNodes(DatabaseProvider.Sqlite);

public sealed class PostgresMediaNodes() : MediaNodes(DatabaseProvider.PostgreSql);
