using System.Net.Http.Headers;
using System.Security.Cryptography;
using Media.Distribution.Tests.Crash;
using Media.Testing;
using Npgsql;

namespace Media.Distribution.Tests.Nodes;

/// <summary>
/// The whole of docs/operations.md §1.3 as real processes: two <c>Media.Web</c> nodes on one PostgreSQL database,
/// one Redis prefix and one S3 bucket, with nginx in front of them (round robin). PostgreSQL only: several nodes need
/// a database server they all reach — a SQLite file, and the Hangfire job storage next to it in each node's
/// AppData, belong to one machine — and the in-process two-node tests (SeveralNodesTests) cover SQLite's share.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public const string AdminPassword = "Two-Nodes-Pa55!";
    public const string UserPassword = "Two-Nodes-User-Pa55";
    public static readonly string[] Names = ["node-a", "node-b"];

    private readonly string database = "media_nginx_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string root = Directory.CreateTempSubdirectory("media-nodes-").FullName;
    private readonly string auditKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly int[] ports = new int[2];
    private Dictionary<string, string> shared = [];

    private MediaProcess?[] Nodes { get; } = new MediaProcess?[2];

    public NginxServer Nginx { get; private set; } = null!;

    /// <summary>Bearer tokens by role, signed in once for the whole class.</summary>
    public Dictionary<string, AuthenticationHeaderValue> SignIns { get; } = [];

    public string Bucket { get; } = "media-nginx-" + Guid.NewGuid().ToString("N")[..16];

    public async Task InitializeAsync()
    {
        _ = NginxServer.Binary; // fail at once, and say why, when the test script did not provide nginx
        shared = new Dictionary<string, string>
        {
            ["Media__Demo"] = "false",
            ["MEDIA_ADMIN_PASSWORD"] = AdminPassword,
            ["Media__Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Media"] = new NpgsqlConnectionStringBuilder(PostgresServer.BaseConnectionString) { Database = database }.ConnectionString,
            ["Media__AuditTrail__Key"] = auditKey, // one chain written by both nodes
            ["Media__Hosting__KnownProxies"] = "127.0.0.1",
            ["Media__Channels__AllowedPrivateHosts"] = "127.0.0.1,localhost", // the webhook receivers (docs/http-api.md §7)
            ["Media__Channels__App__Timeout"] = "00:00:30", // longer than the held answer of the kill test
            ["Media__Jobs__PollInterval"] = "00:00:00.200",
            // A killed node's job is fetched again 5 s after its last heartbeat, by when its 3 s lease has run out.
            ["Media__Jobs__InvisibilityTimeout"] = "00:00:05",
            ["Media__Distribution__Lease"] = "00:00:03",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in RedisServer.Settings("media-nginx-" + Guid.NewGuid().ToString("N")[..8] + ":"))
            shared[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        foreach (var (key, value) in await S3Server.BucketSettingsAsync(Bucket))
            shared[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        // One after the other: the first migrates the database and creates the admin.
        for (var i = 0; i < 2; i++)
        {
            Nodes[i] = await MediaProcess.StartAsync(Environment(i));
            ports[i] = Nodes[i]!.BaseUrl.Port;
        }
        Nginx = await NginxServer.StartAsync(Nodes.Select(n => n!.BaseUrl));
    }

    internal MediaProcess Node(int index) => Nodes[index] ?? throw new InvalidOperationException($"{Names[index]} is not running.");

    /// <summary>Kills a node with SIGKILL: no graceful shutdown, its jobs and leases left as they were.</summary>
    public async Task KillAsync(int index)
    {
        var node = Node(index);
        Nodes[index] = null;
        await node.DisposeAsync();
    }

    /// <summary>Starts every killed node again on its port, where nginx expects it.</summary>
    public async Task EnsureRunningAsync()
    {
        for (var i = 0; i < 2; i++)
            Nodes[i] ??= await MediaProcess.StartAsync(Environment(i), ports[i]);
    }

    public async Task DisposeAsync()
    {
        if (Nginx is not null) await Nginx.DisposeAsync();
        foreach (var node in Nodes)
        {
            if (node is not null) await node.DisposeAsync();
        }
        await PostgresServer.DropDatabaseAsync(database);
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }

    private Dictionary<string, string> Environment(int index)
    {
        var appData = Path.Combine(root, Names[index]);
        Directory.CreateDirectory(appData);
        return new Dictionary<string, string>(shared)
        {
            ["Media__AppData"] = appData,
            ["Media__Hosting__NodeName"] = Names[index],
        };
    }
}
