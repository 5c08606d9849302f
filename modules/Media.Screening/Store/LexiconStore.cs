using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.Data;
using Media.Screening.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Screening.Store;

/// <summary>Reads the current word list and replaces it with a new version, recorded on the audit trail in the
/// same save. The compiled form comes from the <see cref="LexiconCache"/>.</summary>
public sealed class LexiconStore(MediaDbContext db, LexiconCache cache, IAuditTrail audit, ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<LexiconSnapshot> CurrentAsync(CancellationToken ct)
    {
        var latest = await db.Set<LexiconRevision>().AsNoTracking().OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        return latest is null
            ? new LexiconSnapshot(0, [], null, null)
            : new LexiconSnapshot(latest.Number, Read(latest.EntriesJson), latest.CreatedAt, latest.CreatedByName);
    }

    /// <summary>The compiled current list; only the version number is read when it is already cached.</summary>
    public async Task<CompiledLexicon> CompiledAsync(CancellationToken ct)
    {
        var number = await db.Set<LexiconRevision>().AsNoTracking().MaxAsync(r => (int?)r.Number, ct) ?? 0;
        if (number == 0) return CompiledLexicon.Empty;
        var json = await db.Set<LexiconRevision>().AsNoTracking().Where(r => r.Number == number).Select(r => r.EntriesJson).SingleAsync(ct);
        return cache.Get(number, () => Read(json));
    }

    /// <summary>Writes the next version; null when another update took that version first.</summary>
    public async Task<LexiconSnapshot?> ReplaceAsync(IReadOnlyList<LexiconEntry> entries, CancellationToken ct)
    {
        var previous = await db.Set<LexiconRevision>().AsNoTracking().OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        var before = previous is null ? [] : Read(previous.EntriesJson);
        var revision = new LexiconRevision
        {
            Number = (previous?.Number ?? 0) + 1, EntriesJson = JsonSerializer.Serialize(entries, Json), EntryCount = entries.Count,
            CreatedBy = user.Id, CreatedByName = user.DisplayName, CreatedAt = clock.GetUtcNow(),
        };
        db.Add(revision);
        audit.Record(new AuditEvent(AuditActions.LexiconChanged, AuditSubject.Named("lexicon", "county"), Data: new Dictionary<string, object?>
        {
            ["version"] = revision.Number,
            ["previousVersion"] = previous?.Number ?? 0,
            ["entries"] = entries.Count,
            // The hash of the whole new list lets an auditor prove which list was in force, not only what moved.
            ["listHash"] = ListHash(revision.EntriesJson),
            ["added"] = entries.Select(e => e.Word).Except(before.Select(e => e.Word)).ToList(),
            ["removed"] = before.Select(e => e.Word).Except(entries.Select(e => e.Word)).ToList(),
            ["severityChanged"] = SeverityChanges(before, entries),
        }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return null;
        }
        return new LexiconSnapshot(revision.Number, entries, revision.CreatedAt, revision.CreatedByName);
    }

    /// <summary>The SHA-256 of the stored list's JSON, lower-case hex like the content hashes.</summary>
    public static string ListHash(string entriesJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entriesJson)));

    /// <summary>Words kept in the list whose severity moved (block ↔ warn), each with both severities.</summary>
    private static List<Dictionary<string, object?>> SeverityChanges(IReadOnlyList<LexiconEntry> before, IReadOnlyList<LexiconEntry> after)
    {
        var previous = before.GroupBy(e => e.Word, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Severity, StringComparer.Ordinal);
        return after
            .Where(e => previous.TryGetValue(e.Word, out var old) && old != e.Severity)
            .DistinctBy(e => e.Word)
            .Select(e => new Dictionary<string, object?>
            {
                ["word"] = e.Word,
                ["from"] = SeverityName(previous[e.Word]),
                ["to"] = SeverityName(e.Severity),
            })
            .ToList();
    }

    private static string SeverityName(ScreeningSeverity severity) => JsonNamingPolicy.CamelCase.ConvertName(severity.ToString());

    /// <summary>The latest <paramref name="take"/> versions, newest first, each with the words it added and removed
    /// (词表历史, docs/admin-ui.md §7).</summary>
    public async Task<IReadOnlyList<LexiconChange>> HistoryAsync(int take, CancellationToken ct)
    {
        var revisions = await db.Set<LexiconRevision>().AsNoTracking().OrderByDescending(r => r.Number).Take(take + 1).ToListAsync(ct);
        return revisions.Take(take).Select((r, i) =>
        {
            var words = Read(r.EntriesJson).Select(e => e.Word).ToList();
            var before = i + 1 < revisions.Count ? Read(revisions[i + 1].EntriesJson).Select(e => e.Word).ToList() : [];
            return new LexiconChange(r.Number, r.EntryCount, r.CreatedByName, r.CreatedAt,
                words.Except(before).ToList(), before.Except(words).ToList());
        }).ToList();
    }

    private static List<LexiconEntry> Read(string json) => JsonSerializer.Deserialize<List<LexiconEntry>>(json, Json) ?? [];
}
