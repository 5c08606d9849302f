using Media.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Media.Testing;

/// <summary>The real host on a real database: a fresh SQLite file, or a fresh database in the PostgreSQL cluster
/// named by <c>MEDIA_TEST_POSTGRES</c> (started by tests/test.sh). Each factory is one isolated site.</summary>
public abstract class MediaAppFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Bootstrap-Test-Pa55!";

    private readonly string appData;
    private readonly string? postgresDatabase;
    private readonly SemaphoreSlim adminGate = new(1, 1);
    private string? adminToken;

    protected MediaAppFactory(DatabaseProvider provider)
        : this(provider, NewAppData(), provider == DatabaseProvider.PostgreSql ? NewPostgresDatabase() : null)
    {
    }

    /// <summary>A site on the given AppData and (PostgreSQL) database name, e.g. one a backup was restored into.
    /// The fixture owns both: it deletes them when disposed.</summary>
    protected MediaAppFactory(DatabaseProvider provider, string appData, string? postgresDatabase)
    {
        Provider = provider;
        this.appData = appData;
        this.postgresDatabase = postgresDatabase;
        ConnectionString = provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnectionStringBuilder(PostgresServer.BaseConnectionString) { Database = postgresDatabase }.ConnectionString
            : $"Data Source={Path.Combine(appData, "media.db")}";
    }

    public static string NewAppData() => Path.Combine(Path.GetTempPath(), "media-tests", Guid.NewGuid().ToString("N"));

    public static string NewPostgresDatabase() => "media_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>A second node of <paramref name="owner"/>'s site: the same database, its own AppData. The owner
    /// drops the database, so dispose this node first.</summary>
    protected MediaAppFactory(MediaAppFactory owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        Provider = owner.Provider;
        ConnectionString = owner.ConnectionString;
        appData = NewAppData();
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string AppData => appData;

    /// <summary>Extra settings a test fixture wants (e.g. a shorter lockout).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(appData);
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Media:AppData"] = appData,
            ["Media:Demo"] = "false",
            ["Media:Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:Media"] = ConnectionString,
            ["MEDIA_ADMIN_PASSWORD"] = AdminPassword,
            // The WeChat sandbox and the webhook receivers listen on loopback (docs/http-api.md §7).
            ["Media:Channels:AllowedPrivateHosts"] = "127.0.0.1,localhost",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        // UseSetting, not ConfigureAppConfiguration: Program reads these while composing services, before the
        // configuration callbacks of the factory would apply.
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public MediaClient Anonymous() => new(CreateClient());

    public async Task<MediaClient> SignInAsync(string userName, string password) =>
        await MediaClient.SignInAsync(CreateClient(), userName, password);

    /// <summary>A client of the bootstrap admin. The admin signs in once per site and every call gets a client with
    /// that token: sign-ins per user name are rate limited (docs/accounts.md §3), and a test class signs in far more
    /// often than a person would.</summary>
    public async Task<MediaClient> AdminAsync()
    {
        await adminGate.WaitAsync();
        try
        {
            adminToken ??= (await SignInAsync("admin", AdminPassword)).Http.DefaultRequestHeaders.Authorization!.Parameter;
        }
        finally
        {
            adminGate.Release();
        }
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", adminToken);
        return new MediaClient(http);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgresDatabase is not null) await PostgresServer.DropDatabaseAsync(postgresDatabase);
        try { Directory.Delete(appData, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        GC.SuppressFinalize(this);
    }
}
