using System.Data;
using Media.AuditTrail.Chain;
using Npgsql;

namespace Media.AuditTrail.Reading;

/// <summary>
/// Walks a stretch of a PostgreSQL chain in one streamed query on a connection of its own, reading text columns as
/// the UTF-8 bytes the server sends (Npgsql reads text as <c>byte[]</c>) instead of building strings and entities
/// and encoding them back for the hash.
/// </summary>
internal sealed class PostgresStretchWalker(string connectionString, AuditChain chain) : IChainStretchWalker
{
    private const string Select = """
        SELECT "Seq", "At", "ActorId", "ActorName", "Action", "SubjectKind", "SubjectId", "ArticleId", "Version",
               "ContentHash", "Data", "SourceIp", "UserAgent", "PrevHash", "Hash"
        FROM "AuditEntries" WHERE "Seq" >= $1 AND "Seq" <= $2 ORDER BY "Seq"
        """;

    public async Task<ChainVerdict> WalkAsync(ChainStretch stretch, (long Seq, string Hash)? before, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        using var walk = ChainWalk.Continuing(chain.CreateHasher(), before);
        await using var command = new NpgsqlCommand(Select, connection) { Parameters = { new() { Value = stretch.First }, new() { Value = stretch.Last } } };
        await using var rows = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        while (await rows.ReadAsync(cancellationToken)) Add(walk, rows);
        return walk.Verdict();
    }

    /// <summary>Columns are read in order, once each, as sequential access requires.</summary>
    private static void Add(ChainWalk walk, NpgsqlDataReader row) => walk.Add(new ChainLink
    {
        Seq = row.GetInt64(0),
        At = row.GetFieldValue<DateTimeOffset>(1),
        ActorId = row.IsDBNull(2) ? null : row.GetGuid(2),
        ActorName = Text(row, 3),
        Action = Text(row, 4),
        SubjectKind = Text(row, 5),
        SubjectId = Text(row, 6),
        ArticleId = row.IsDBNull(7) ? null : row.GetGuid(7),
        Version = row.IsDBNull(8) ? null : row.GetInt32(8),
        ContentHash = Text(row, 9),
        Data = Text(row, 10),
        SourceIp = Text(row, 11),
        UserAgent = Text(row, 12),
        PrevHash = Text(row, 13),
        Hash = Text(row, 14),
    });

    private static Utf8Text Text(NpgsqlDataReader row, int column) =>
        row.IsDBNull(column) ? default : new Utf8Text(row.GetFieldValue<byte[]>(column));
}
