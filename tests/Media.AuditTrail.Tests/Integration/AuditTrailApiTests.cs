using System.Net.Http.Json;
using System.Text.Json;
using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.AuditTrail.Tests.Integration;

public abstract class AuditTrailApiTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    private static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    [Fact]
    public async Task List_ReturnsContractShape_FilteredByArticleActorAndAction()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, reporterId) = await newsroom.UserAsync(MediaRoles.Reporter);
        var article = Id(await Newsroom.ArticleAsync(reporter, column));
        await Newsroom.ArticleAsync(reporter, column);
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);

        var byArticle = await AuditApi.AllAsync(auditor, $"&articleId={article}");
        var byActor = await AuditApi.AllAsync(auditor, $"&actor={reporterId}&action={AuditActions.ArticleCreated}");
        var page = await auditor.GetJsonAsync($"/api/audit?articleId={article}");

        var entry = Assert.Single(byArticle);
        foreach (var field in new[] { "seq", "at", "actor", "action", "articleId", "version", "contentHash", "data", "prevHash", "hash" })
            Assert.True(entry.TryGetProperty(field, out _), $"missing {field}: {entry}");
        Assert.Equal(AuditActions.ArticleCreated, entry.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Object, entry.GetProperty("data").ValueKind);
        Assert.Equal(1, entry.GetProperty("version").GetInt32());
        Assert.Equal(2, byActor.Count);
        Assert.All(byActor, e => Assert.Equal(reporterId, e.GetProperty("actorId").GetGuid()));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task List_PagesByAfterAndNext_InSeqOrderWithoutOverlap()
    {
        // Filtered to an action reads never produce: every list is itself recorded (audit.listed).
        const string Filter = "&action=" + AuditActions.UserCreated;
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        await newsroom.UserAsync(MediaRoles.Reporter);
        var all = await AuditApi.AllAsync(auditor, Filter);
        var seen = new List<long>();
        long? after = null;
        do
        {
            var page = await auditor.GetJsonAsync($"/api/audit?limit=2{Filter}{(after is null ? "" : $"&after={after}")}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
            after = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetInt64();
        } while (after is not null && seen.Count <= all.Count);

        Assert.True(all.Count >= 2, "at least two pages");
        Assert.Equal(all.Select(e => e.GetProperty("seq").GetInt64()), seen.Take(all.Count));
        Assert.Equal(seen.Order(), seen);
        var newest = await auditor.GetJsonAsync($"/api/audit?limit=1&order=desc{Filter}");
        Assert.Equal(seen.Max(), newest.GetProperty("items")[0].GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task List_FiltersByTime_WithFromInclusiveAndToExclusive()
    {
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var entry = (await AuditApi.AllAsync(auditor))[^1];
        var at = entry.GetProperty("at").GetDateTimeOffset();

        var within = await AuditApi.AllAsync(auditor, $"&from={Uri.EscapeDataString(at.ToString("O"))}&to={Uri.EscapeDataString(at.AddMilliseconds(1).ToString("O"))}");
        var before = await AuditApi.AllAsync(auditor, $"&to={Uri.EscapeDataString(at.ToString("O"))}");

        Assert.Contains(within, e => e.GetProperty("seq").GetInt64() == entry.GetProperty("seq").GetInt64());
        Assert.All(within, e => Assert.Equal(at, e.GetProperty("at").GetDateTimeOffset()));
        Assert.All(before, e => Assert.True(e.GetProperty("at").GetDateTimeOffset() < at));
    }

    [Fact]
    public async Task List_Returns400NamingTheField_WhenLimitOrRangeInvalid()
    {
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);

        var limit = await auditor.GetJsonAsync("/api/audit?limit=0", 400);
        var range = await auditor.GetJsonAsync("/api/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", 400);

        Assert.True(limit.GetProperty("errors").TryGetProperty("limit", out _), limit.ToString());
        Assert.True(range.GetProperty("errors").TryGetProperty("to", out _), range.ToString());
    }

    [Fact]
    public async Task ArticleAudit_ListsEntriesOldestFirst_ForAuditorAndEditor_Not403ForReporter()
    {
        var column = await newsroom.ColumnAsync();
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var id = Id(await Newsroom.ArticleAsync(reporter, column));
        await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{id}", new { columnId = column, title = "改", body = "b" }, "\"1\""), 200);

        var byAuditor = await auditor.GetJsonAsync($"/api/articles/{id}/audit");
        var byEditor = await editor.GetJsonAsync($"/api/articles/{id}/audit");
        var denied = await reporter.GetJsonAsync($"/api/articles/{id}/audit", 403);
        await auditor.GetJsonAsync($"/api/articles/{Guid.NewGuid()}/audit", 404);

        Assert.Equal([AuditActions.ArticleCreated, AuditActions.ArticleEdited],
            byAuditor.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal([1, 2], byAuditor.EnumerateArray().Select(e => e.GetProperty("version").GetInt32()));
        Assert.Equal(byAuditor.GetRawText(), byEditor.GetRawText());
        Assert.Equal(403, denied.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Reporter_Gets403_OnTheWholeTrail_AndEditorToo()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);

        foreach (var url in new[] { "/api/audit", "/api/audit/verify", "/api/audit/export" })
        {
            Assert.Equal(403, (int)(await reporter.GetAsync(url)).StatusCode);
            Assert.Equal(403, (int)(await editor.GetAsync(url)).StatusCode);
        }
        Assert.Equal(401, (int)(await app.Anonymous().GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task Auditor_ReadsEverything_AndGets403OnEveryWrite_LeavingOnlyRecordsOfReadsAndRefusals()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, reporterId) = await newsroom.UserAsync(MediaRoles.Reporter);
        var article = Id(await Newsroom.ArticleAsync(reporter, column));
        var (auditor, auditorId) = await newsroom.UserAsync(MediaRoles.Auditor);
        foreach (var url in new[] { "/api/audit", "/api/audit/verify", "/api/audit/export", $"/api/articles/{article}/audit",
                     "/api/articles", $"/api/articles/{article}", $"/api/articles/{article}/versions", "/api/users", "/api/columns" })
            Assert.True((await auditor.GetAsync(url)).IsSuccessStatusCode, url);
        var before = (await auditor.GetJsonAsync("/api/audit/verify")).GetProperty("entries").GetInt64();

        var writes = new[]
        {
            await auditor.PostAsync("/api/users", new { userName = "x" + Guid.NewGuid().ToString("N")[..8], displayName = "x", password = Newsroom.Password, roles = new[] { "Admin" } }),
            await auditor.Http.PutAsJsonAsync($"/api/users/{reporterId}/roles", new { roles = new[] { "Admin" } }),
            await auditor.PostAsync($"/api/users/{reporterId}/disable", new { }),
            await auditor.PostAsync("/api/columns", new { name = "审计栏目", slug = "a-" + Guid.NewGuid().ToString("N")[..8] }),
            await auditor.PostAsync("/api/articles", new { columnId = column, title = "t", body = "b" }),
            await auditor.PutAsync($"/api/articles/{article}", new { columnId = column, title = "t", body = "b" }, "\"1\""),
        };

        Assert.All(writes, r => Assert.Equal(403, (int)r.StatusCode));
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete })
            Assert.False((await auditor.Http.SendAsync(new HttpRequestMessage(method, "/api/audit"))).IsSuccessStatusCode, method.Method);
        // Since then, only the auditor's own reads of the trail and the six refusals (docs/audit-trail.md §1).
        var since = await AuditApi.AllAsync(auditor, $"&after={before}");
        Assert.All(since, e => Assert.Equal(auditorId, e.GetProperty("actorId").GetGuid()));
        Assert.All(since, e => Assert.Contains(e.GetProperty("action").GetString(),
            new[] { AuditActions.AccessRefused, AuditActions.AuditListed, AuditActions.AuditVerified }));
        Assert.Equal(6, since.Count(e => e.GetProperty("action").GetString() == AuditActions.AccessRefused));
    }
}

public sealed class AuditTrailApiTestsOnSqlite(AuditSqliteApp app) : AuditTrailApiTests(app), IClassFixture<AuditSqliteApp>;

public sealed class AuditTrailApiTestsOnPostgreSql(AuditPostgresApp app) : AuditTrailApiTests(app), IClassFixture<AuditPostgresApp>;
