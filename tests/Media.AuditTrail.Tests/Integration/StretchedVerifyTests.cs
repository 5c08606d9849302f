using Media.Abstractions.Security;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Reading;
using Media.Data;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Media.AuditTrail.Tests.Integration;

/// <summary>
/// Verify split into four parallel stretches (of a short chain, by setting) must name exactly what a single walk
/// names, wherever the forgery sits relative to the stretch edges. One site per provider, triggers dropped once;
/// every test forges, verifies, then restores the table from a copy and checks the chain is whole again.
/// </summary>
public abstract class StretchedVerifyTests(StretchedVerifyApp app)
{
    private const int Stretches = 4;

    [Theory]
    [InlineData(0, true)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(3, false)]
    public async Task NamesAChangedEntry_AtEitherEdgeOfEveryStretch(int stretch, bool firstOfStretch)
    {
        var (head, edges) = await app.ChainAsync();
        var seq = firstOfStretch ? edges[stretch].First : edges[stretch].Last;

        await app.ForgeAsync(() => app.SetDataAsync(seq, """{"title":"伪造"}"""), verdict =>
        {
            Assert.Equal(seq, verdict.FirstBrokenSeq);
            Assert.Equal(head, verdict.Entries);
        });
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(2, false)]
    public async Task NamesAMissingEntry_AtEitherEdgeOfAStretch(int stretch, bool firstOfStretch)
    {
        var (head, edges) = await app.ChainAsync();
        var seq = firstOfStretch ? edges[stretch].First : edges[stretch].Last;

        await app.ForgeAsync(() => app.DeleteAsync(seq, seq), verdict =>
        {
            Assert.Equal(seq, verdict.FirstBrokenSeq);
            Assert.Contains("missing", verdict.Problem);
            Assert.Equal(head - 1, verdict.Entries);
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task NamesTheFirstSeqOfAStretchDeletedWhole(int stretch)
    {
        var (_, edges) = await app.ChainAsync();

        await app.ForgeAsync(() => app.DeleteAsync(edges[stretch].First, edges[stretch].Last),
            verdict => Assert.Equal(edges[stretch].First, verdict.FirstBrokenSeq));
    }

    [Fact]
    public async Task NamesTheEarliestForgery_WhenLaterStretchesAreForgedToo()
    {
        var (_, edges) = await app.ChainAsync();
        var earliest = edges[1].First + 1;

        await app.ForgeAsync(async () =>
        {
            await app.SetDataAsync(edges[3].Last, """{"late":true}""");
            await app.DeleteAsync(edges[2].First, edges[2].First);
            await app.SetDataAsync(earliest, """{"early":true}""");
        }, verdict => Assert.Equal(earliest, verdict.FirstBrokenSeq));
    }

    [Fact]
    public async Task NamesAnEntryRelinkedAcrossAStretchEdge()
    {
        var (_, edges) = await app.ChainAsync();
        var seq = edges[2].First;

        await app.ForgeAsync(() => app.RelinkAsync(seq, seq - 2), verdict =>
        {
            Assert.Equal(seq, verdict.FirstBrokenSeq);
            Assert.Contains("prevHash", verdict.Problem);
        });
    }

    public sealed class OnSqlite(StretchedVerifyApp.Sqlite app) : StretchedVerifyTests(app), IClassFixture<StretchedVerifyApp.Sqlite>
    {
        [Fact]
        public void ReadsRowsStraightFromSqlite() => Assert.IsType<SqliteStretchWalker>(app.Walker());

        [Fact]
        public async Task NamesARowWhoseIdIsNotAGuid_InsteadOfFailing()
        {
            var (_, edges) = await app.ChainAsync();
            var seq = edges[1].Last;

            await app.ForgeAsync(() => AuditApi.SqlAsync(app, "UPDATE AuditEntries SET ActorId = 'not-a-guid' WHERE Seq = {0}", "", seq),
                verdict => Assert.Equal(seq, verdict.FirstBrokenSeq), comparedWithEntities: false);
        }

        [Fact]
        public async Task NamesARowWhoseTextIsNotUtf8_InsteadOfFailing()
        {
            var (_, edges) = await app.ChainAsync();
            var seq = edges[2].Last;

            await app.ForgeAsync(() => AuditApi.SqlAsync(app, "UPDATE AuditEntries SET ActorName = CAST(X'E7BC96FF41' AS TEXT) WHERE Seq = {0}", "", seq),
                verdict => Assert.Equal(seq, verdict.FirstBrokenSeq));
        }
    }

    public sealed class OnPostgreSql(StretchedVerifyApp.PostgreSql app) : StretchedVerifyTests(app), IClassFixture<StretchedVerifyApp.PostgreSql>
    {
        [Fact]
        public void ReadsUtf8RowsThroughNpgsql() => Assert.IsType<PostgresStretchWalker>(app.Walker());
    }

    internal static int StretchCount => Stretches;
}

/// <summary>A site whose verify splits any chain of 12+ entries into four stretches, seeded with a few dozen entries,
/// triggers dropped and a copy of the table kept for restoring after each forgery.</summary>
public abstract class StretchedVerifyApp(DatabaseProvider provider) : MediaAppFactory(provider)
{
    private readonly SemaphoreSlim once = new(1, 1);
    private (long Head, IReadOnlyList<ChainStretch> Edges)? chain;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Media:AuditTrail:VerifyStretchLength"] = "3",
        ["Media:AuditTrail:VerifyStretches"] = StretchedVerifyTests.StretchCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private bool Postgres => Provider == DatabaseProvider.PostgreSql;

    private string Table => Postgres ? "\"AuditEntries\"" : "AuditEntries";

    /// <summary>The seeded chain's head and the stretches verify walks (seeded on first use).</summary>
    public async Task<(long Head, IReadOnlyList<ChainStretch> Edges)> ChainAsync()
    {
        await once.WaitAsync();
        try
        {
            if (chain is { } ready) return ready;
            var newsroom = new Newsroom(this);
            var column = await newsroom.ColumnAsync();
            var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
            for (var i = 0; i < 8; i++) await Newsroom.ArticleAsync(reporter, column, body: $"第{i}篇 \"引号\" 🎉");
            var verdict = await VerifyAsync();
            Assert.True(verdict.Ok, verdict.Problem);
            await AuditApi.DropTriggersAsync(this);
            await AuditApi.SqlAsync(this, "CREATE TABLE AuditCopy AS SELECT * FROM AuditEntries",
                """CREATE TABLE "AuditCopy" AS SELECT * FROM "AuditEntries" """);
            var edges = ChainStretch.Split(verdict.Entries, StretchedVerifyTests.StretchCount, 3);
            Assert.Equal(StretchedVerifyTests.StretchCount, edges.Count);
            Assert.All(edges, e => Assert.True(e.Last - e.First >= 2, "each stretch has a first, a middle and a last entry"));
            chain = (verdict.Entries, edges);
            return chain.Value;
        }
        finally
        {
            once.Release();
        }
    }

    /// <summary>Forges, checks the stretched verdict (and that one unsplit walk, through EF too, says the same), then
    /// puts the table back and checks the chain verifies again.</summary>
    public async Task ForgeAsync(Func<Task> forge, Action<ChainVerdict> check, bool comparedWithEntities = true)
    {
        await forge();
        try
        {
            var verdict = await VerifyAsync();
            Assert.False(verdict.Ok);
            check(verdict);
            Assert.Equal(verdict, await VerifyUnsplitAsync(entities: false));
            if (comparedWithEntities) Assert.Equal(verdict, await VerifyUnsplitAsync(entities: true));
        }
        finally
        {
            await AuditApi.SqlAsync(this, "DELETE FROM AuditEntries; INSERT INTO AuditEntries SELECT * FROM AuditCopy;",
                """DELETE FROM "AuditEntries"; INSERT INTO "AuditEntries" SELECT * FROM "AuditCopy";""");
        }
        var restored = await VerifyAsync();
        Assert.True(restored.Ok, restored.Problem);
    }

    internal IChainStretchWalker Walker() => Services.CreateScope().ServiceProvider.GetRequiredService<IChainStretchWalker>();

    public Task<int> SetDataAsync(long seq, string data) => AuditApi.UpdateDataAsync(this, seq, data);

    public Task<int> DeleteAsync(long first, long last) => AuditApi.SqlAsync(this,
        $"DELETE FROM {Table} WHERE Seq BETWEEN {{0}} AND {{1}}", $$"""DELETE FROM {{Table}} WHERE "Seq" BETWEEN {0} AND {1}""", first, last);

    /// <summary>Points an entry's prevHash at another, real hash (not its predecessor's).</summary>
    public Task<int> RelinkAsync(long seq, long to) => AuditApi.SqlAsync(this,
        "UPDATE AuditEntries SET PrevHash = (SELECT Hash FROM AuditEntries WHERE Seq = {1}) WHERE Seq = {0}",
        """UPDATE "AuditEntries" SET "PrevHash" = (SELECT "Hash" FROM "AuditEntries" WHERE "Seq" = {1}) WHERE "Seq" = {0}""", seq, to);

    /// <summary>The verifier the API uses, with this site's stretch settings. Not through the API itself: a verify
    /// there is recorded on the trail (docs/audit-trail.md §1), which would change the chain these tests forge.</summary>
    private async Task<ChainVerdict> VerifyAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditTrailVerifier>().VerifyAsync(CancellationToken.None);
    }

    private async Task<ChainVerdict> VerifyUnsplitAsync(bool entities)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var walker = entities
            ? ActivatorUtilities.CreateInstance<EntityStretchWalker>(services)
            : services.GetRequiredService<IChainStretchWalker>();
        var options = Options.Create(new AuditTrailOptions { VerifyStretches = 1 });
        return await new AuditTrailVerifier(services.GetRequiredService<AuditReader>(), walker,
            services.GetRequiredService<AuditHeadAnchor>(), options, NullLogger<AuditTrailVerifier>.Instance).VerifyAsync(CancellationToken.None);
    }

    public sealed class Sqlite() : StretchedVerifyApp(DatabaseProvider.Sqlite);

    public sealed class PostgreSql() : StretchedVerifyApp(DatabaseProvider.PostgreSql);
}
