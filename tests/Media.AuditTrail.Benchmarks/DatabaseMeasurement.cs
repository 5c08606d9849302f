using System.Diagnostics;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;
using Media.AuditTrail.Export;
using Media.AuditTrail.Reading;
using Media.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.AuditTrail.Benchmarks;

/// <summary>The trail in a real SQLite file with the app's schema and triggers: bulk-seeded, then verify, export and
/// filtered listing timed end to end through the same reader the API uses, with the query plans printed.</summary>
internal static class DatabaseMeasurement
{
    public static async Task RunAsync(int count, string path, TextWriter output, CancellationToken ct)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        var connectionString = $"Data Source={path}";
        await using (var db = Context(connectionString))
        {
            await db.Database.EnsureCreatedAsync(ct);
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'append-only'); END;" +
                "CREATE TRIGGER AuditEntries_NoDelete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'append-only'); END;", ct);
        }
        var seed = Stopwatch.StartNew();
        await SeedAsync(connectionString, count, ct);
        output.WriteLine($"seeded {count:N0} entries in {seed.ElapsedMilliseconds:N0} ms ({new FileInfo(path).Length / 1048576} MiB)");

        var chain = new AuditChain(new AuditKey(SyntheticChain.Key));
        await using (var db = Context(connectionString))
        {
            var reader = new AuditReader(db);
            var read = Stopwatch.StartNew();
            long rows = 0;
            await foreach (var _ in reader.StreamAsync(1, count, ct)) rows++;
            output.WriteLine($"read only: {rows:N0} entries in {read.ElapsedMilliseconds:N0} ms = {rows / read.Elapsed.TotalSeconds:N0} entries/s");
            using var services = VerifyTimings.Services(() => Context(connectionString));
            await VerifyTimings.RunAsync(reader, chain, output, ct,
                ("raw SQLite rows", SqliteStretchWalker.For(db, connectionString, chain)!),
                ("EF entities", VerifyTimings.EntityWalker(services, chain)));

            var export = Stopwatch.StartNew();
            await new AuditExportWriter(chain, TimeProvider.System).WriteAsync(Stream.Null, reader.StreamAsync(1, count, ct),
                new ExportRange(1, count, null, null), ct);
            output.WriteLine($"export (NDJSON to a null stream): {export.ElapsedMilliseconds:N0} ms");
        }
        await ListingAsync(connectionString, output, ct);
        await PlansAsync(connectionString, output, ct);
    }

    private static SqliteMediaDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteMediaDbContext>().UseSqlite(connectionString).Options,
            [new AssemblyModelContributor(typeof(AuditEntry).Assembly)],
            new Media.Abstractions.Events.AfterCommitQueue(new ServiceCollection().BuildServiceProvider(),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<Media.Abstractions.Events.AfterCommitQueue>.Instance));

    private static async Task SeedAsync(string connectionString, int count, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO AuditEntries (Seq, At, ActorId, ActorName, Action, SubjectKind, SubjectId, ArticleId, Version, ContentHash, Data, PrevHash, Hash) " +
            "VALUES ($seq, $at, $actorId, $actorName, $action, $kind, $subject, $articleId, $version, $contentHash, $data, $prev, $hash)";
        var names = new[] { "$seq", "$at", "$actorId", "$actorName", "$action", "$kind", "$subject", "$articleId", "$version", "$contentHash", "$data", "$prev", "$hash" };
        var parameters = names.Select(n => insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        var at = new DateTimeOffsetToBinaryConverter();
        foreach (var e in SyntheticChain.Linked(count))
        {
            object?[] values = [e.Seq, at.ConvertToProvider(e.At), e.ActorId, e.ActorName, e.Action, e.SubjectKind, e.SubjectId,
                e.ArticleId, e.Version, e.ContentHash, e.Data, e.PrevHash, e.Hash];
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static async Task ListingAsync(string connectionString, TextWriter output, CancellationToken ct)
    {
        var article = SyntheticChain.Articles[1234];
        var actor = SyntheticChain.Actors[42];
        var day = SyntheticChain.Start.AddDays(9);
        var cases = new (string Name, AuditFilter Filter)[]
        {
            ("first page, no filter", new AuditFilter()),
            ("newest page (desc)", new AuditFilter(Newest: true)),
            ("deep page after=900000", new AuditFilter(After: 900_000)),
            ("by article", new AuditFilter(ArticleId: article)),
            ("by article, desc", new AuditFilter(ArticleId: article, Newest: true)),
            ("by actor, after=500000", new AuditFilter(ActorId: actor, After: 500_000)),
            ("by action", new AuditFilter(Action: "article.created")),
            ("by time (one hour, day 9)", new AuditFilter(From: day, To: day.AddHours(1))),
            ("by actor + time (day 9)", new AuditFilter(ActorId: actor, From: day, To: day.AddDays(1))),
        };
        await using var db = Context(connectionString);
        var reader = new AuditReader(db);
        foreach (var (name, filter) in cases)
        {
            var page = await reader.ListAsync(filter, ct);
            var runs = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                var watch = Stopwatch.StartNew();
                page = await reader.ListAsync(filter, ct);
                runs.Add(watch.Elapsed.TotalMilliseconds);
            }
            runs.Sort();
            output.WriteLine($"list {name,-28}: {page.Items.Count,3} items, median {runs[10]:F2} ms, max {runs[^1]:F2} ms");
        }
    }

    private static async Task PlansAsync(string connectionString, TextWriter output, CancellationToken ct)
    {
        var binary = new DateTimeOffsetToBinaryConverter();
        var from = binary.ConvertToProvider(SyntheticChain.Start.AddDays(9));
        var to = binary.ConvertToProvider(SyntheticChain.Start.AddDays(9).AddHours(1));
        var article = SyntheticChain.Articles[1234].ToString().ToUpperInvariant();
        var actor = SyntheticChain.Actors[42].ToString().ToUpperInvariant();
        var queries = new[]
        {
            $"SELECT * FROM AuditEntries WHERE ArticleId = '{article}' ORDER BY Seq LIMIT 51",
            $"SELECT * FROM AuditEntries WHERE ActorId = '{actor}' AND Seq > 500000 ORDER BY Seq LIMIT 51",
            "SELECT * FROM AuditEntries WHERE Action = 'article.created' ORDER BY Seq LIMIT 51",
            $"SELECT * FROM AuditEntries WHERE At >= {from} AND At < {to} ORDER BY Seq LIMIT 51",
            "SELECT * FROM AuditEntries WHERE Seq > 900000 ORDER BY Seq LIMIT 2000",
        };
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        foreach (var sql in queries)
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            await using var rows = await explain.ExecuteReaderAsync(ct);
            output.WriteLine(sql[..Math.Min(sql.Length, 90)]);
            while (await rows.ReadAsync(ct)) output.WriteLine("    plan: " + rows.GetString(3));
        }
    }

}
