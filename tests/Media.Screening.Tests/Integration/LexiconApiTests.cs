using System.Net.Http.Json;
using Media.Abstractions.Security;
using Media.Data;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Screening.Tests.Integration;

/// <summary>The county word list: versioned on every update, Admin-only to change, on the audit trail.</summary>
public abstract class LexiconApiTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Put_CreatesNewVersion_AndRecordsItOnTheAuditTrail()
    {
        var admin = await newsroom.AdminAsync();
        var before = (await admin.GetJsonAsync("/api/screening/lexicon")).GetProperty("version").GetInt32();

        var saved = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync("/api/screening/lexicon", new
        {
            entries = new[] { new { word = "某违禁词", category = "政治", severity = "block", note = (string?)"测试" }, new { word = "注意词", category = "用语", severity = "warn", note = (string?)null } },
        }), 200);
        var read = await admin.GetJsonAsync("/api/screening/lexicon");

        Assert.Equal(before + 1, saved.GetProperty("version").GetInt32());
        Assert.Equal(before + 1, read.GetProperty("version").GetInt32());
        Assert.Equal("block", read.GetProperty("entries")[0].GetProperty("severity").GetString());
        Assert.Equal("政治", read.GetProperty("entries")[0].GetProperty("category").GetString());
        Assert.Contains("lexicon.changed", await LexiconActionsAsync());
    }

    [Fact]
    public async Task Put_RecordsTheWholeListsHash_AndEverySeverityChange()
    {
        var admin = await newsroom.AdminAsync();
        object[] First() => [new { word = "升级词", category = "用语", severity = "warn" }, new { word = "留下词", category = "用语", severity = "block" }];
        await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync("/api/screening/lexicon", new { entries = First() }), 200);

        var saved = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync("/api/screening/lexicon", new
        {
            entries = new[] { new { word = "升级词", category = "用语", severity = "block" }, new { word = "留下词", category = "用语", severity = "block" } },
        }), 200);

        var data = await LastLexiconDataAsync();
        var stored = await StoredListAsync(saved.GetProperty("version").GetInt32());
        Assert.Equal(Store.LexiconStore.ListHash(stored), data.GetProperty("listHash").GetString());
        Assert.Equal(64, data.GetProperty("listHash").GetString()!.Length);
        var change = Assert.Single(data.GetProperty("severityChanged").EnumerateArray());
        Assert.Equal("升级词", change.GetProperty("word").GetString());
        Assert.Equal("warn", change.GetProperty("from").GetString());
        Assert.Equal("block", change.GetProperty("to").GetString());
        Assert.Empty(data.GetProperty("added").EnumerateArray());
        Assert.Empty(data.GetProperty("removed").EnumerateArray());
    }

    [Fact]
    public async Task Put_Returns403_ForEditor_And400_ForBadEntries()
    {
        var (editor, _) = await newsroom.UserAsync(MediaRoles.Editor);
        var admin = await newsroom.AdminAsync();

        await MediaClient.ExpectAsync(await editor.Http.PutAsJsonAsync("/api/screening/lexicon", new { entries = Array.Empty<object>() }), 403);
        var bad = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync("/api/screening/lexicon",
            new { entries = new[] { new { word = "，。", category = "x", severity = "loud" } } }), 400);

        Assert.True(bad.GetProperty("errors").TryGetProperty("entries[0].severity", out _));
        await editor.GetJsonAsync("/api/screening/lexicon");
    }

    [Fact]
    public async Task Check_FindsWord_ThroughWidthCaseAndInsertedPunctuation_WithNewVersion()
    {
        var admin = await newsroom.AdminAsync();
        var saved = await MediaClient.ExpectAsync(await admin.Http.PutAsJsonAsync("/api/screening/lexicon",
            new { entries = new[] { new { word = "ABC违规", category = "测试", severity = "block" } } }), 200);

        var check = await admin.PostJsonAsync("/api/screening/check", new { text = "这里有ａ b．C 违·规的说法" }, 200);

        var hit = Assert.Single(check.GetProperty("hits").EnumerateArray(), h => h.GetProperty("rule").GetString() == "lexicon");
        Assert.Equal("ａ b．C 违·规", hit.GetProperty("match").GetString());
        Assert.Equal("block", hit.GetProperty("severity").GetString());
        Assert.Equal(saved.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            check.GetProperty("lexiconVersion").GetString());
    }

    private async Task<System.Text.Json.JsonElement> LastLexiconDataAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        var data = await db.Database.SqlQuery<string>(
            $"SELECT \"Data\" AS \"Value\" FROM \"AuditEntries\" WHERE \"SubjectKind\" = {"lexicon"} ORDER BY \"Seq\" DESC").FirstAsync();
        return System.Text.Json.JsonDocument.Parse(data).RootElement;
    }

    private async Task<string> StoredListAsync(int version)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        return await db.Set<Data.LexiconRevision>().Where(r => r.Number == version).Select(r => r.EntriesJson).SingleAsync();
    }

    private async Task<List<string>> LexiconActionsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        return await db.Database.SqlQuery<string>($"SELECT \"Action\" AS \"Value\" FROM \"AuditEntries\" WHERE \"SubjectKind\" = {"lexicon"}").ToListAsync();
    }
}

public sealed class LexiconApiTestsOnSqlite(SqliteMediaApp app) : LexiconApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class LexiconApiTestsOnPostgreSql(PostgresMediaApp app) : LexiconApiTests(app), IClassFixture<PostgresMediaApp>;
