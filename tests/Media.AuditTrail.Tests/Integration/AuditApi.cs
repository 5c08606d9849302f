using System.Text.Json;
using Media.Data;
using Media.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.AuditTrail.Tests.Integration;

/// <summary>Reads the trail as a client does, and reaches into the database as an attacker would.</summary>
internal static class AuditApi
{
    /// <summary>Every entry matching the query, following <c>next</c> page by page.</summary>
    public static async Task<List<JsonElement>> AllAsync(MediaClient client, string query = "")
    {
        var all = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await client.GetJsonAsync($"/api/audit?limit=500{query}{(after is null ? "" : "&after=" + after)}");
            all.AddRange(page.GetProperty("items").EnumerateArray());
            after = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetRawText();
        } while (after is not null);
        return all;
    }

    public static IEnumerable<JsonElement> About(this IEnumerable<JsonElement> entries, string subject, string action) =>
        entries.Where(e => e.GetProperty("subject").GetString() == subject && e.GetProperty("action").GetString() == action);

    public static async Task<int> SqlAsync(MediaAppFactory app, string sqlite, string postgres, params object[] parameters)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        return await db.Database.ExecuteSqlRawAsync(app.Provider == DatabaseProvider.PostgreSql ? postgres : sqlite, parameters);
    }

    public static Task<int> DropTriggersAsync(MediaAppFactory app) => SqlAsync(app,
        "DROP TRIGGER AuditEntries_NoUpdate; DROP TRIGGER AuditEntries_NoDelete;",
        """DROP TRIGGER "AuditEntries_NoUpdateOrDelete" ON "AuditEntries";""");

    public static Task<int> UpdateDataAsync(MediaAppFactory app, long seq, string data) => SqlAsync(app,
        "UPDATE AuditEntries SET Data = {0} WHERE Seq = {1}",
        """UPDATE "AuditEntries" SET "Data" = {0} WHERE "Seq" = {1}""", data, seq);

    public static Task<int> DeleteAsync(MediaAppFactory app, long seq) => SqlAsync(app,
        "DELETE FROM AuditEntries WHERE Seq = {0}",
        """DELETE FROM "AuditEntries" WHERE "Seq" = {0}""", seq);
}
