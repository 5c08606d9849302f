using System.Data.Common;
using System.Text.Json;
using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Export;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.AuditTrail.Tests.Integration;

public abstract class AuditChainTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Database_RefusesUpdateAndDelete_WhileTriggersAreInPlace()
    {
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var first = (await AuditApi.AllAsync(auditor))[0];

        await Assert.ThrowsAnyAsync<DbException>(() => AuditApi.UpdateDataAsync(app, 1, """{"forged":true}"""));
        await Assert.ThrowsAnyAsync<DbException>(() => AuditApi.DeleteAsync(app, 1));

        var after = (await AuditApi.AllAsync(auditor))[0];
        Assert.Equal(first.GetRawText(), after.GetRawText());
        Assert.True((await auditor.GetJsonAsync("/api/audit/verify")).GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task ParallelCreatesAndEdits_LeaveAValidChain_WithSeqOneToNWithoutGaps()
    {
        var column = await newsroom.ColumnAsync();
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        var existing = new List<Guid>();
        for (var i = 0; i < 20; i++) existing.Add((await Newsroom.ArticleAsync(editor, column)).GetProperty("id").GetGuid());

        var edits = existing.Select(id => editor.PutAsync($"/api/articles/{id}", new { columnId = column, title = "并发 " + id, body = "改" }, "\"1\""));
        var creates = Enumerable.Range(0, 20).Select(i => editor.PostAsync("/api/articles", new { columnId = column, title = $"并发新稿 {i}", body = "正文" }));
        var responses = await Task.WhenAll(edits.Concat(creates));

        foreach (var response in responses)
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var verdict = await auditor.GetJsonAsync("/api/audit/verify");
        var all = await AuditApi.AllAsync(auditor);
        Assert.True(verdict.GetProperty("ok").GetBoolean(), verdict.ToString());
        Assert.Equal(Enumerable.Range(1, all.Count).Select(i => (long)i), all.Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal(all.Count, verdict.GetProperty("entries").GetInt64() + 1); // the verify's own record follows what it verified
        Assert.All(existing, id => Assert.Single(all.About($"article:{id}", AuditActions.ArticleEdited)));
        Assert.Equal(20, all.Count(e => e.GetProperty("action").GetString() == AuditActions.ArticleCreated
            && e.GetProperty("data").GetProperty("title").GetString()!.StartsWith("并发新稿", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Export_StreamsNdjson_ThatTheVerifierAcceptsWithTheKey()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        await Newsroom.ArticleAsync(reporter, column, body: "含\"引号\"和\n换行的正文 🎉");
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var key = app.Services.GetRequiredService<AuditKey>().Bytes;
        var verify = await auditor.GetJsonAsync("/api/audit/verify");

        var response = await auditor.GetAsync("/api/audit/export");
        var text = await response.Content.ReadAsStringAsync();
        var verdict = await new AuditExportVerifier(key).VerifyAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), default);

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.True(verdict.Ok, verdict.Problem);
        Assert.True(verdict.Entries >= verify.GetProperty("entries").GetInt64());
        Assert.Equal("header", JsonDocument.Parse(text.Split('\n')[0]).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Export_OfAPeriod_IsAContiguousRangeThatVerifies_AndFailsWhenModified()
    {
        var (auditor, _) = await newsroom.UserAsync(MediaRoles.Auditor);
        var all = await AuditApi.AllAsync(auditor);
        var from = all[all.Count / 2].GetProperty("at").GetDateTimeOffset();
        var key = app.Services.GetRequiredService<AuditKey>().Bytes;

        var text = await (await auditor.GetAsync($"/api/audit/export?from={Uri.EscapeDataString(from.ToString("O"))}")).Content.ReadAsStringAsync();
        var lines = text.TrimEnd('\n').Split('\n');
        var ok = await new AuditExportVerifier(key).VerifyAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), default);
        lines[1] = lines[1].Replace("\"action\":\"", "\"action\":\"x", StringComparison.Ordinal);
        var modified = await new AuditExportVerifier(key).VerifyAsync(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines))), default);

        Assert.True(ok.Ok, ok.Problem);
        Assert.True(ok.Entries < all.Count + 2);
        Assert.False(modified.Ok);
        Assert.Equal(JsonDocument.Parse(lines[1]).RootElement.GetProperty("seq").GetInt64(), modified.FirstBrokenSeq);
    }
}

public sealed class AuditChainTestsOnSqlite(AuditSqliteApp app) : AuditChainTests(app), IClassFixture<AuditSqliteApp>;

public sealed class AuditChainTestsOnPostgreSql(AuditPostgresApp app) : AuditChainTests(app), IClassFixture<AuditPostgresApp>;
