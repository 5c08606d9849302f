using Media.Abstractions.Hosting;
using Media.Data;

namespace Media.Web.Hosting.Backups;

/// <summary>The site a backup is taken from or restored into, as its configuration describes it: AppData, the
/// database, and what lives elsewhere (S3 media, Redis keys, a configured audit key) and so is not in the backup.</summary>
public sealed class BackupSite(IConfiguration configuration, MediaAppData appData, MediaDatabaseSettings database, TimeProvider clock)
{
    public const string KeysFolder = "keys";
    public const string MediaFolder = "media";

    public MediaAppData AppData { get; } = appData;

    public MediaDatabaseSettings Database { get; } = database;

    public TimeProvider Clock { get; } = clock;

    /// <summary>Local media under AppData, unless the media library stores in S3 (<c>Media:MediaLibrary:Storage</c>).</summary>
    public bool MediaIsLocal =>
        !string.Equals(configuration["Media:MediaLibrary:Storage"], "S3", StringComparison.OrdinalIgnoreCase);

    public IDatabaseCopy DatabaseCopy() => Database.Provider == DatabaseProvider.PostgreSql
        ? new PostgresDatabaseCopy(Database.ConnectionString)
        : new SqliteDatabaseCopy(Database.ConnectionString);

    /// <summary>What this backup does not cover on this site, said plainly to the operator.</summary>
    public IReadOnlyList<string> NotCovered()
    {
        var warnings = new List<string>();
        if (!MediaIsLocal)
        {
            warnings.Add("media files are stored in S3 (Media:MediaLibrary:Storage=S3) and are NOT in this backup: back the " +
                "bucket up with the provider's own tools (bucket versioning, replication or a sync) at the same moment.");
        }
        if (!string.IsNullOrWhiteSpace(configuration["Media:Redis:Configuration"]))
        {
            warnings.Add("Media:Redis:Configuration is set: the data-protection keys kept in Redis are NOT in this backup " +
                "(keep Redis persistence on, or the keys are lost and stored channel secrets must be re-entered).");
        }
        if (!string.IsNullOrWhiteSpace(configuration["Media:AuditTrail:Key"]))
        {
            warnings.Add("the audit key is configured (Media:AuditTrail:Key), not a file: it is NOT in this backup; keep " +
                "it where you keep that configuration.");
        }
        return warnings;
    }
}
