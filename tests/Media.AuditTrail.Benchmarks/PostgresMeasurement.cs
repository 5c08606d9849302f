using System.Diagnostics;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;
using Media.AuditTrail.Export;
using Media.AuditTrail.Reading;
using Media.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Media.AuditTrail.Benchmarks;

/// <summary>The trail in a fresh PostgreSQL database with the app's schema: bulk-copied, then verified through EF with
/// one stretch and with one per core, reading UTF-8 rows and EF entities; exported first, as a restored trail would be.</summary>
internal static class PostgresMeasurement
{
    public static async Task RunAsync(int count, string server, TextWriter output, CancellationToken ct)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = "media_audit_bench" }.ConnectionString;
        await using (var db = Context(connectionString))
        {
            await db.Database.EnsureDeletedAsync(ct);
            await db.Database.EnsureCreatedAsync(ct);
        }
        var seed = Stopwatch.StartNew();
        await SeedAsync(connectionString, count, ct);
        output.WriteLine($"seeded {count:N0} entries in {seed.ElapsedMilliseconds:N0} ms");

        var chain = new AuditChain(new AuditKey(SyntheticChain.Key));
        await using var context = Context(connectionString);
        for (var run = 0; run < 2; run++)
        {
            var export = Stopwatch.StartNew();
            await new AuditExportWriter(chain, TimeProvider.System).WriteAsync(Stream.Null,
                new AuditReader(context).StreamAsync(1, count, ct), new ExportRange(1, count, null, null), ct);
            output.WriteLine($"export (NDJSON to a null stream): {export.ElapsedMilliseconds:N0} ms");
        }
        using var services = VerifyTimings.Services(() => Context(connectionString));
        await VerifyTimings.RunAsync(new AuditReader(context), chain, output, ct,
            ("UTF-8 rows via Npgsql", new PostgresStretchWalker(connectionString, chain)),
            ("EF entities", VerifyTimings.EntityWalker(services, chain)));
    }

    private static PostgresMediaDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresMediaDbContext>().UseNpgsql(connectionString).Options,
            [new AssemblyModelContributor(typeof(AuditEntry).Assembly)],
            new Media.Abstractions.Events.AfterCommitQueue(new ServiceCollection().BuildServiceProvider(),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<Media.Abstractions.Events.AfterCommitQueue>.Instance));

    private static async Task SeedAsync(string connectionString, int count, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY \"AuditEntries\" (\"Seq\", \"At\", \"ActorId\", \"ActorName\", \"Action\", \"SubjectKind\", \"SubjectId\", " +
            "\"ArticleId\", \"Version\", \"ContentHash\", \"Data\", \"PrevHash\", \"Hash\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var e in SyntheticChain.Linked(count))
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(e.Seq, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(e.At, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(e.ActorId!.Value, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(e.ActorName, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(e.Action, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(e.SubjectKind, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(e.SubjectId, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(e.ArticleId!.Value, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(e.Version!.Value, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(e.ContentHash, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(e.Data, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(e.PrevHash, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(e.Hash, NpgsqlDbType.Varchar, ct);
        }
        await copy.CompleteAsync(ct);
    }
}
