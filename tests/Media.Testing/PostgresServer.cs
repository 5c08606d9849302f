using Npgsql;

namespace Media.Testing;

/// <summary>The PostgreSQL cluster the test script starts. Tests never skip for want of it: they fail and say why.</summary>
public static class PostgresServer
{
    public const string Variable = "MEDIA_TEST_POSTGRES";

    public static string BaseConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with 'bash tests/test.sh', which starts a PostgreSQL cluster, " +
                $"or set {Variable} to e.g. 'Host=127.0.0.1;Port=5432;Username=postgres'.");

    public static async Task DropDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(BaseConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
