using System.Globalization;
using System.Text;
using System.Text.Json;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Export;

/// <summary>
/// Verifies an NDJSON export with the chain key alone — no database, no host: usable from a console tool or a
/// regulator's machine. Checks the header and key id, every entry's seq, link, canonical text and MAC, and that the
/// sealed trailer matches what was read (so a file cut short or padded is caught too).
/// </summary>
public sealed class AuditExportVerifier(byte[] key)
{
    public async Task<ChainVerdict> VerifyAsync(Stream ndjson, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(ndjson, Encoding.UTF8);
        using var hasher = new AuditHasher(key);
        var (headerProblem, fromGenesis) = ReadHeader(await reader.ReadLineAsync(cancellationToken), hasher);
        if (headerProblem is not null) return new ChainVerdict(false, 0, null, null, headerProblem);

        using var walk = new ChainWalk(new AuditHasher(key), fromGenesis);
        var canonical = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using var canonicalJson = new Utf8JsonWriter(canonical, AuditChain.CanonicalJson);
        var links = new ChainLinkBuffer();
        long lastSeq = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            try
            {
                using var line = JsonDocument.Parse(text);
                var root = line.RootElement;
                if (root.GetProperty("type").GetString() == "end")
                {
                    if (CheckEnd(root, walk.Verdict(), hasher) is { } endProblem) walk.Fail(lastSeq + 1, endProblem);
                    return walk.Verdict();
                }
                var entry = ReadEntry(root);
                var link = links.Load(entry);
                canonical.ResetWrittenCount();
                canonicalJson.Reset(canonical);
                AuditChain.WriteCanonical(canonicalJson, link);
                canonicalJson.Flush();
                if (!root.GetProperty("canonical").ValueEquals(canonical.WrittenSpan))
                    walk.Fail(entry.Seq, "the line's canonical text does not match its fields");
                walk.Add(link);
                lastSeq = entry.Seq;
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                walk.Fail(lastSeq + 1, $"the line after seq {lastSeq} is not a valid entry: {e.Message}");
                return walk.Verdict();
            }
        }
        walk.Fail(lastSeq + 1, "the export ends without its trailer (cut short?)");
        return walk.Verdict();
    }

    private static (string? Problem, bool FromGenesis) ReadHeader(string? line, AuditHasher hasher)
    {
        if (line is null) return ("the export is empty", false);
        try
        {
            var root = JsonDocument.Parse(line).RootElement;
            var version = root.GetProperty("formatVersion").GetInt32();
            if (root.GetProperty("format").GetString() != AuditExportFormat.Name ||
                version < AuditExportFormat.OldestReadableVersion || version > AuditExportFormat.Version)
            {
                return ($"not a {AuditExportFormat.Name} file of version {AuditExportFormat.OldestReadableVersion} to {AuditExportFormat.Version}", false);
            }
            if (root.GetProperty("keyId").GetString() != hasher.KeyId()) return ("the export was made with a different key", false);
            return (null, root.GetProperty("first") is { ValueKind: JsonValueKind.Number } first && first.GetInt64() == 1);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return ($"the first line is not an export header: {e.Message}", false);
        }
    }

    private static string? CheckEnd(JsonElement end, ChainVerdict verdict, AuditHasher hasher)
    {
        var entries = end.GetProperty("entries").GetInt64();
        var headHash = end.GetProperty("headHash").GetString();
        long? first = end.GetProperty("first").ValueKind == JsonValueKind.Number ? end.GetProperty("first").GetInt64() : null;
        long? last = end.GetProperty("last").ValueKind == JsonValueKind.Number ? end.GetProperty("last").GetInt64() : null;
        if (hasher.Mac(AuditExportFormat.EndText(first, last, entries, headHash)) != end.GetProperty("mac").GetString())
            return "the trailer's MAC does not match";
        return entries == verdict.Entries && headHash == verdict.HeadHash ? null : "the trailer does not match the entries read";
    }

    internal static AuditEntry ReadEntry(JsonElement e) => new()
    {
        Seq = e.GetProperty("seq").GetInt64(),
        At = DateTimeOffset.ParseExact(e.GetProperty("at").GetString()!, AuditChain.TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        ActorId = e.GetProperty("actorId").ValueKind == JsonValueKind.Null ? null : e.GetProperty("actorId").GetGuid(),
        ActorName = e.GetProperty("actor").GetString()!,
        Action = e.GetProperty("action").GetString()!,
        SubjectKind = e.GetProperty("subjectKind").GetString()!,
        SubjectId = e.GetProperty("subjectId").GetString()!,
        ArticleId = e.GetProperty("articleId").ValueKind == JsonValueKind.Null ? null : e.GetProperty("articleId").GetGuid(),
        Version = e.GetProperty("version").ValueKind == JsonValueKind.Null ? null : e.GetProperty("version").GetInt32(),
        ContentHash = e.GetProperty("contentHash").GetString(),
        Data = e.GetProperty("data").GetString()!,
        SourceIp = OptionalText(e, "sourceIp"),
        UserAgent = OptionalText(e, "userAgent"),
        PrevHash = e.GetProperty("prevHash").GetString()!,
        Hash = e.GetProperty("hash").GetString()!,
    };

    /// <summary>Absent in version 1 lines, null for system actions.</summary>
    private static string? OptionalText(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
