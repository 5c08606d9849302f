using System.Buffers.Text;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;
using Media.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace Media.AuditTrail.Reading;

/// <summary>
/// Walks a stretch of a SQLite chain straight from SQLite's own row buffers: each text column is hashed as the
/// UTF-8 SQLite holds, without building a string or an entity. Reading rows through EF (or a data reader's
/// strings) costs three times what hashing them does and capped verify at ~250,000 entries/s; read like this, a
/// stretch walks at roughly the speed of hashing, and stretches run on separate connections in parallel.
/// Values are decoded as EF stores them: GUIDs as text (or 16-byte blobs), <c>at</c> through the model's converter.
/// </summary>
internal sealed class SqliteStretchWalker(string connectionString, Func<long, DateTimeOffset> storedTime, AuditChain chain)
    : IChainStretchWalker
{
    private const string Select = "SELECT Seq, At, ActorId, ActorName, Action, SubjectKind, SubjectId, ArticleId, Version, " +
        "ContentHash, Data, SourceIp, UserAgent, PrevHash, Hash FROM " + AuditEntryConfiguration.Table + " WHERE Seq >= ?1 AND Seq <= ?2 ORDER BY Seq";

    /// <summary>A walker for this context's SQLite database, or null when it stores <c>at</c> other than as EF's
    /// 64-bit binary form.</summary>
    public static SqliteStretchWalker? For(MediaDbContext db, string connectionString, AuditChain chain)
    {
        var at = db.Model.FindEntityType(typeof(AuditEntry))?.FindProperty(nameof(AuditEntry.At))?.GetTypeMapping().Converter;
        return at is ValueConverter<DateTimeOffset, long> binary
            ? new SqliteStretchWalker(connectionString, binary.ConvertFromProviderExpression.Compile(), chain)
            : null;
    }

    /// <summary>Synchronous, as SQLite's I/O is: the verifier runs each stretch on a thread-pool thread.</summary>
    public Task<ChainVerdict> WalkAsync(ChainStretch stretch, (long Seq, string Hash)? before, CancellationToken cancellationToken) =>
        Task.FromResult(Walk(stretch, before, cancellationToken));

    private ChainVerdict Walk(ChainStretch stretch, (long Seq, string Hash)? before, CancellationToken cancellationToken)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var walk = ChainWalk.Continuing(chain.CreateHasher(), before);
        var db = connection.Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, Select, out var statement), raw.SQLITE_OK);
        using (statement)
        {
            raw.sqlite3_bind_int64(statement, 1, stretch.First);
            raw.sqlite3_bind_int64(statement, 2, stretch.Last);
            int step;
            var rows = 0;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                if (++rows % 4096 == 0) cancellationToken.ThrowIfCancellationRequested();
                walk.Add(Read(statement, walk));
            }
            Check(db, step, raw.SQLITE_DONE);
        }
        return walk.Verdict();
    }

    private ChainLink Read(sqlite3_stmt row, ChainWalk walk)
    {
        var seq = raw.sqlite3_column_int64(row, 0);
        return new ChainLink
        {
            Seq = seq,
            At = storedTime(raw.sqlite3_column_int64(row, 1)),
            ActorId = Id(row, 2, seq, walk),
            ActorName = Text(row, 3),
            Action = Text(row, 4),
            SubjectKind = Text(row, 5),
            SubjectId = Text(row, 6),
            ArticleId = Id(row, 7, seq, walk),
            Version = raw.sqlite3_column_type(row, 8) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int(row, 8),
            ContentHash = Text(row, 9),
            Data = Text(row, 10),
            SourceIp = Text(row, 11),
            UserAgent = Text(row, 12),
            PrevHash = Text(row, 13),
            Hash = Text(row, 14),
        };
    }

    /// <summary>The column's bytes, valid until the next step: the link is hashed before that.</summary>
    private static Utf8Text Text(sqlite3_stmt row, int column) =>
        raw.sqlite3_column_type(row, column) == raw.SQLITE_NULL ? default : new Utf8Text(raw.sqlite3_column_blob(row, column));

    private static Guid? Id(sqlite3_stmt row, int column, long seq, ChainWalk walk)
    {
        var type = raw.sqlite3_column_type(row, column);
        if (type == raw.SQLITE_NULL) return null;
        var bytes = raw.sqlite3_column_blob(row, column);
        if (type == raw.SQLITE_BLOB && bytes.Length == 16) return new Guid(bytes);
        if (Utf8Parser.TryParse(bytes, out Guid id, out var used, 'D') && used == bytes.Length) return id;
        walk.Fail(seq, $"column {column + 1} does not hold a GUID");
        return null;
    }

    private static void Check(sqlite3 db, int result, int expected)
    {
        if (result != expected) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result);
    }
}
