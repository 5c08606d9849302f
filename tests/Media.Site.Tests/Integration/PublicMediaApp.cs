using Media.Data;
using Media.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>A site whose media are in a fresh bucket of the test S3 server, with the bucket itself as the public media
/// base (docs/operations.md §8.1), given without its trailing slash so that the normalization is used.</summary>
public abstract class PublicMediaApp(DatabaseProvider provider) : MediaAppFactory(provider), IAsyncLifetime
{
    private Dictionary<string, string?> settings = [];

    public string Bucket { get; } = "media-test-" + Guid.NewGuid().ToString("N")[..20];

    /// <summary>The bucket's object URL, path style: <c>http://127.0.0.1:port/bucket</c>.</summary>
    public string PublicBase => $"{S3Server.ServiceUrl.TrimEnd('/')}/{Bucket}";

    public string PublicOrigin => new Uri(S3Server.ServiceUrl).GetLeftPart(UriPartial.Authority);

    protected override IDictionary<string, string?> Settings => settings;

    public async Task InitializeAsync()
    {
        settings = await S3Server.BucketSettingsAsync(Bucket);
        settings["Media:MediaLibrary:S3:PublicBaseUrl"] = PublicBase;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed class SqlitePublicMediaApp() : PublicMediaApp(DatabaseProvider.Sqlite);

public sealed class PostgresPublicMediaApp() : PublicMediaApp(DatabaseProvider.PostgreSql);
