using Microsoft.Data.Sqlite;

namespace Media.Web.Hosting.Backups;

/// <summary>SQLite: <c>VACUUM INTO</c> writes a consistent copy from one read transaction while the site keeps
/// writing (WAL); restore puts the file in place (the site must be stopped).</summary>
public sealed class SqliteDatabaseCopy(string connectionString) : IDatabaseCopy
{
    private readonly string file = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    public string FileName => "media.db";

    public async Task<string?> LastMigrationAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open(SqliteOpenMode.ReadOnly);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" DESC LIMIT 1""";
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task CopyToAsync(string target, CancellationToken cancellationToken)
    {
        if (!File.Exists(file)) throw new BackupToolException($"The SQLite database {file} does not exist.");
        await using var connection = Open(SqliteOpenMode.ReadWrite);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", target);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<string?> ContentsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(file) && new FileInfo(file).Length > 0 ? $"the SQLite database {file} exists" : null);

    public Task RestoreAsync(string source, bool replace, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // A stale write-ahead log beside the restored file would be replayed into it.
        foreach (var companion in new[] { file + "-wal", file + "-shm", file + "-journal" }) File.Delete(companion);
        File.Copy(source, file, overwrite: replace);
        return Task.CompletedTask;
    }

    private SqliteConnection Open(SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ConnectionString);
}
