using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.AuditTrail.Tests.Integration;

/// <summary>Where an action came from, refused access and reads of the trail itself are on the record, and the chain
/// covers the new fields (docs/audit-trail.md §1–§3).</summary>
public abstract class AuditSourceTests(MediaAppFactory app)
{
    private const string Agent = "MediaTest/1.0 (审计 source test)";
    private readonly Newsroom newsroom = new(app);

    private static async Task<List<JsonElement>> ActionAsync(MediaClient auditor, string action) =>
        await AuditApi.AllAsync(auditor, $"&action={action}");

    [Fact]
    public async Task Entry_CarriesTheRequestsUserAgent_AndTheChainStillVerifies()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, reporterId) = await newsroom.UserAsync(MediaRoles.Reporter);
        reporter.Http.DefaultRequestHeaders.UserAgent.ParseAdd(Agent);
        var article = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);

        var entry = Assert.Single(await AuditApi.AllAsync(auditor, $"&articleId={article}"));
        var verdict = await auditor.GetJsonAsync("/api/audit/verify");

        Assert.Equal(Agent, entry.GetProperty("userAgent").GetString());
        Assert.Equal(reporterId, entry.GetProperty("actorId").GetGuid());
        Assert.True(verdict.GetProperty("ok").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task Verify_NamesTheEntry_WhenItsUserAgentIsChangedWithTriggersDropped()
    {
        await using var own = NewApp();
        var ownRoom = new Newsroom(own);
        var column = await ownRoom.ColumnAsync();
        var (reporter, _) = await ownRoom.UserAsync(MediaRoles.Reporter);
        reporter.Http.DefaultRequestHeaders.UserAgent.ParseAdd(Agent);
        var article = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();
        var (auditor, _) = await ownRoom.UserAsync(MediaRoles.Auditor);
        var seq = Assert.Single(await AuditApi.AllAsync(auditor, $"&articleId={article}")).GetProperty("seq").GetInt64();

        await AuditApi.DropTriggersAsync(own);
        await AuditApi.SqlAsync(own, "UPDATE AuditEntries SET UserAgent = 'curl/8' WHERE Seq = {0}",
            """UPDATE "AuditEntries" SET "UserAgent" = 'curl/8' WHERE "Seq" = {0}""", seq);
        var verdict = await auditor.GetJsonAsync("/api/audit/verify");

        Assert.False(verdict.GetProperty("ok").GetBoolean());
        Assert.Equal(seq, verdict.GetProperty("firstBrokenSeq").GetInt64());
    }

    [Fact]
    public async Task RefusedAccess_IsRecorded_ForAPolicyRefusalAndForAnEndpointRefusal()
    {
        var (editor, editorId) = await newsroom.UserAsync(MediaRoles.Editor);
        var admin = await newsroom.AdminAsync();
        var adminId = (await admin.GetJsonAsync("/api/me")).GetProperty("id").GetGuid();

        await editor.GetJsonAsync("/api/audit/verify", 403);
        using var ownRoles = await admin.Http.PutAsJsonAsync($"/api/users/{adminId}/roles", new { roles = new[] { MediaRoles.Admin } });
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var refused = await ActionAsync(auditor, AuditActions.AccessRefused);

        Assert.Equal(HttpStatusCode.Forbidden, ownRoles.StatusCode);
        var byPolicy = Assert.Single(refused, e => e.GetProperty("actorId").GetGuid() == editorId);
        Assert.Equal("request:GET /api/audit/verify", byPolicy.GetProperty("subject").GetString());
        Assert.Contains("ViewAuditTrail", byPolicy.GetProperty("data").GetProperty("reason").GetString());
        var byEndpoint = Assert.Single(refused, e => e.GetProperty("actorId").GetGuid() == adminId);
        Assert.Equal($"/api/users/{adminId}/roles", byEndpoint.GetProperty("data").GetProperty("path").GetString());
    }

    [Fact]
    public async Task RefusedAccess_IsRecorded_WhenAnAdminPageIsDenied()
    {
        var (session, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);

        using var response = await session.Http.GetAsync("/admin/audit");
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var refused = await ActionAsync(auditor, AuditActions.AccessRefused);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/denied", response.Headers.Location?.ToString());
        Assert.Single(refused, e => e.GetProperty("subject").GetString() == "request:GET /admin/audit" &&
            e.GetProperty("actor").GetString()!.Length > 0 && e.GetProperty("data").GetProperty("method").GetString() == "GET");
    }

    [Fact]
    public async Task ReadingTheTrail_ListVerifyAndExport_AreEachRecordedWithTheReader()
    {
        var (auditor, auditorId) = await newsroom.UserAsync(MediaRoles.Auditor);

        await auditor.GetJsonAsync("/api/audit?limit=1&action=article.created");
        await auditor.GetJsonAsync("/api/audit/verify");
        using var export = await auditor.GetAsync("/api/audit/export");
        var listed = await ActionAsync(auditor, AuditActions.AuditListed);
        var verified = await ActionAsync(auditor, AuditActions.AuditVerified);
        var exported = await ActionAsync(auditor, AuditActions.AuditExported);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains(listed, e => e.GetProperty("actorId").GetGuid() == auditorId &&
            e.GetProperty("data").GetProperty("action").GetString() == "article.created");
        Assert.Contains(verified, e => e.GetProperty("actorId").GetGuid() == auditorId && e.GetProperty("data").GetProperty("ok").GetBoolean());
        Assert.Contains(exported, e => e.GetProperty("actorId").GetGuid() == auditorId);
    }

    protected abstract MediaAppFactory NewApp();
}

public sealed class AuditSourceTestsOnSqlite(AuditSqliteApp app) : AuditSourceTests(app), IClassFixture<AuditSqliteApp>
{
    protected override MediaAppFactory NewApp() => new AuditSqliteApp();
}

public sealed class AuditSourceTestsOnPostgreSql(AuditPostgresApp app) : AuditSourceTests(app), IClassFixture<AuditPostgresApp>
{
    protected override MediaAppFactory NewApp() => new AuditPostgresApp();
}

/// <summary>Over real sockets the source address is the client's: 127.0.0.1 here.</summary>
public sealed class AuditSourceAddressTests : IAsyncLifetime
{
    private readonly KestrelMediaApp app = new();

    [Fact]
    public async Task Entry_CarriesTheSourceAddress_OverRealSockets()
    {
        var newsroom = new Newsroom(app);
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var article = (await Newsroom.ArticleAsync(reporter, column)).GetProperty("id").GetGuid();
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);

        var entry = Assert.Single(await AuditApi.AllAsync(auditor, $"&articleId={article}"));

        Assert.Equal("127.0.0.1", entry.GetProperty("sourceIp").GetString());
    }

    public Task InitializeAsync()
    {
        _ = app.RootUri; // starts Kestrel, so the factory's clients go over a socket
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
