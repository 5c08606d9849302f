using Media.Abstractions.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Media.Data;

/// <summary>Applies pending migrations of the configured provider before the site serves requests.</summary>
internal sealed partial class MigrateDatabase(MediaDbContext db, MediaDatabaseSettings settings, ILogger<MigrateDatabase> logger)
    : IStartupTask
{
    public int Order => StartupTaskOrder.Migrate;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer commits; the setting persists in the file.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, settings.Provider, pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    [LoggerMessage(LogLevel.Information, "Applying {Count} migration(s) on {Provider}")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, int count);
}
