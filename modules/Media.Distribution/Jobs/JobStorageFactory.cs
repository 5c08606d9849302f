using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Media.Abstractions.Hosting;
using Media.Data;

namespace Media.Distribution.Jobs;

/// <summary>Hangfire's storage in the same database family as Media: a SQLite file next to the site's database,
/// or a <c>hangfire</c> schema in the same PostgreSQL database. Built per host (never <c>JobStorage.Current</c>),
/// so several hosts in one process — the integration tests — never share jobs.</summary>
internal static class JobStorageFactory
{
    public static JobStorage Create(MediaDatabaseSettings settings, MediaAppData appData, JobsOptions options) =>
        settings.Provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlStorage(new NpgsqlConnectionFactory(settings.ConnectionString, PostgresOptions(options)), PostgresOptions(options))
            : new SQLiteStorage(Path.Combine(appData.Root, "jobs.db"), new SQLiteStorageOptions
            {
                QueuePollInterval = options.PollInterval,
            });

    private static PostgreSqlStorageOptions PostgresOptions(JobsOptions options) => new()
    {
        SchemaName = "hangfire",
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = options.PollInterval,
        // A node's heartbeat keeps the jobs it works invisible to the others however long they run; a node that dies
        // stops it, and its jobs are fetched again InvisibilityTimeout later — not after Hangfire's default 30 min.
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = options.InvisibilityTimeout,
    };
}
