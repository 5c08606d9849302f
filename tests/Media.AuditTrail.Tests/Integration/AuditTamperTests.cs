using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.AuditTrail.Chain;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.AuditTrail.Tests.Integration;

/// <summary>Each test gets its own site: it drops the triggers and forges history.</summary>
public abstract class AuditTamperTests
{
    protected abstract MediaAppFactory NewApp();

    private static async Task<(MediaClient Auditor, long Head)> SeedAsync(MediaAppFactory app)
    {
        var newsroom = new Newsroom(app);
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        for (var i = 0; i < 4; i++) await Newsroom.ArticleAsync(reporter, column);
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var before = await auditor.GetJsonAsync("/api/audit/verify");
        Assert.True(before.GetProperty("ok").GetBoolean(), before.ToString());
        return (auditor, before.GetProperty("entries").GetInt64() + 1); // the verify is recorded after what it verified
    }

    [Fact]
    public async Task Verify_NamesTheChangedEntry_WhenDataIsChangedWithTriggersDropped()
    {
        await using var app = NewApp();
        var (auditor, head) = await SeedAsync(app);
        var middle = head / 2;

        await AuditApi.DropTriggersAsync(app);
        var changed = await AuditApi.UpdateDataAsync(app, middle, """{"title":"伪造的标题"}""");
        var verdict = await auditor.GetJsonAsync("/api/audit/verify");

        Assert.Equal(1, changed);
        Assert.False(verdict.GetProperty("ok").GetBoolean());
        Assert.Equal(middle, verdict.GetProperty("firstBrokenSeq").GetInt64());
        Assert.Equal(head, verdict.GetProperty("entries").GetInt64());
    }

    [Fact]
    public async Task Verify_NamesTheMissingSeq_WhenAnEntryIsDeletedWithTriggersDropped()
    {
        await using var app = NewApp();
        var (auditor, head) = await SeedAsync(app);
        var middle = head / 2 + 1;

        await AuditApi.DropTriggersAsync(app);
        await AuditApi.DeleteAsync(app, middle);
        var verdict = await auditor.GetJsonAsync("/api/audit/verify");

        Assert.False(verdict.GetProperty("ok").GetBoolean());
        Assert.Equal(middle, verdict.GetProperty("firstBrokenSeq").GetInt64());
        Assert.Contains("missing", verdict.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Verify_NamesTheFirstRemovedSeq_WhenTheTailIsCutOff_AgainstTheAnchoredHead()
    {
        await using var app = NewApp();
        var (auditor, _) = await SeedAsync(app);
        var newsroom = new Newsroom(app);
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        await Newsroom.ArticleAsync(reporter, await newsroom.ColumnAsync());
        var all = await AuditApi.AllAsync(auditor);
        var head = all[^1].GetProperty("seq").GetInt64() + 1; // the list's own record (audit.listed) is the head
        // Anchored by the append's own commit, before any verify saw it.
        var anchored = app.Services.GetRequiredService<AuditHeadAnchor>().Read();
        Assert.Null(anchored.Problem);
        Assert.Equal(head, anchored.Head!.Seq);
        var headEntry = (await AuditApi.AllAsync(auditor, $"&after={head - 1}"))[0];
        Assert.Equal(AuditActions.AuditListed, headEntry.GetProperty("action").GetString());
        Assert.Equal(headEntry.GetProperty("hash").GetString(), anchored.Head.Hash);

        await AuditApi.DropTriggersAsync(app);
        await AuditApi.SqlAsync(app, "DELETE FROM AuditEntries WHERE Seq > {0}", """DELETE FROM "AuditEntries" WHERE "Seq" > {0}""", head - 3);
        var verdict = await auditor.GetJsonAsync("/api/audit/verify");

        Assert.False(verdict.GetProperty("ok").GetBoolean());
        Assert.Equal(head - 2, verdict.GetProperty("firstBrokenSeq").GetInt64());
        Assert.Contains("missing", verdict.GetProperty("problem").GetString());
        Assert.Equal(head - 3, verdict.GetProperty("entries").GetInt64());
    }
}

public sealed class AuditTamperTestsOnSqlite : AuditTamperTests
{
    protected override MediaAppFactory NewApp() => new AuditSqliteApp();
}

public sealed class AuditTamperTestsOnPostgreSql : AuditTamperTests
{
    protected override MediaAppFactory NewApp() => new AuditPostgresApp();
}
