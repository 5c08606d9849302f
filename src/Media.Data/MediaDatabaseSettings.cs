using Media.Abstractions.Hosting;
using Microsoft.Extensions.Configuration;

namespace Media.Data;

/// <summary>Which database Media uses: <c>Media:Database:Provider</c> and <c>ConnectionStrings:Media</c>.</summary>
public sealed record MediaDatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static MediaDatabaseSettings From(IConfiguration configuration, MediaAppData appData)
    {
        var providerName = configuration["Media:Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"Media:Database:Provider '{providerName}' is not supported; use Sqlite or PostgreSql.");
        var connectionString = configuration.GetConnectionString("Media");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(appData.Root, "media.db")}"
                : throw new InvalidOperationException("ConnectionStrings:Media is required for PostgreSQL.");
        }
        return new MediaDatabaseSettings(provider, connectionString);
    }
}
