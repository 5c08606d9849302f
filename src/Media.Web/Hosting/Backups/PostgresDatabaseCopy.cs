using Npgsql;

namespace Media.Web.Hosting.Backups;

/// <summary>PostgreSQL: its own tools. <c>pg_dump --format=custom</c> takes a consistent snapshot while the site runs
/// (the <c>hangfire</c> schema included); <c>pg_restore</c> loads it into an empty database, created if missing.
/// The password reaches the tools through <c>PGPASSWORD</c>, never the command line.</summary>
public sealed class PostgresDatabaseCopy(string connectionString) : IDatabaseCopy
{
    private readonly NpgsqlConnectionStringBuilder target = new(connectionString) { Pooling = false };

    public string FileName => "media.dump";

    private string Database => target.Database ?? target.Username ?? "postgres";

    public async Task<string?> LastMigrationAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" DESC LIMIT 1""", connection);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task CopyToAsync(string file, CancellationToken cancellationToken) =>
        await PostgresTools.RunAsync("pg_dump", target, ["--format=custom", "--no-owner", "--no-privileges", $"--file={file}", Database], cancellationToken);

    public async Task<string?> ContentsAsync(CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(cancellationToken)) return null;
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", connection);
        var tables = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return tables == 0 ? null : $"the PostgreSQL database {Database} has {tables} tables";
    }

    public async Task RestoreAsync(string file, bool replace, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(cancellationToken)) await CreateAsync(cancellationToken);
        List<string> arguments = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", $"--dbname={Database}"];
        if (replace) arguments.AddRange(["--clean", "--if-exists"]);
        arguments.Add(file);
        await PostgresTools.RunAsync("pg_restore", target, arguments, cancellationToken);
    }

    private async Task<bool> ExistsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Maintenance());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", Database);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Maintenance());
        await connection.OpenAsync(cancellationToken);
        var name = new NpgsqlCommandBuilder().QuoteIdentifier(Database);
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string Maintenance() => new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" }.ConnectionString;
}
