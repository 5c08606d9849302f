namespace Media.AuditTrail.Export;

/// <summary>The NDJSON export, line by line. Line 1 is a <c>header</c> that says how to verify; then one <c>entry</c>
/// per line in seq order; the last line is an <c>end</c> trailer whose MAC makes a cut-short file detectable.</summary>
public static class AuditExportFormat
{
    public const string Name = "media-audit-export";
    /// <summary>2 adds <c>sourceIp</c> and <c>userAgent</c>; version 1 files (without them) still verify.</summary>
    public const int Version = 2;

    public const int OldestReadableVersion = 1;
    public const string ContentType = "application/x-ndjson";
    public const string Algorithm = "HMAC-SHA256";

    public const string HashRule =
        "hash = lower-hex(HMAC-SHA256(key, ASCII(prevHash) || UTF-8(canonical))); prevHash of seq 1 is the empty string; " +
        "each entry's prevHash equals the previous entry's hash and seq has no gaps.";

    public const string CanonicalRule =
        "canonical = compact JSON array (UTF-8, no whitespace) of the fields below in this order; ids are lower-case " +
        "GUIDs, absent values are null, at is UTC in the time format, data is the stored JSON text as a JSON string. " +
        "sourceIp and userAgent are appended only when at least one of them is not null (otherwise the array has the first " +
        "eleven fields). Each entry line also carries the exact canonical text: check that, parsed as JSON, it equals the " +
        "fields, then MAC its bytes.";

    public const string EndRule = "end.mac = lower-hex(HMAC-SHA256(key, UTF-8(\"media-audit-export-end:\" + first + \":\" + last + \":\" + entries + \":\" + headHash)))";

    public const string TimeFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";

    public static readonly IReadOnlyList<string> CanonicalFields =
        ["seq", "at", "actorId", "actor", "action", "subjectKind", "subjectId", "articleId", "version", "contentHash", "data", "sourceIp", "userAgent"];

    public static string EndText(long? first, long? last, long entries, string? headHash) =>
        $"media-audit-export-end:{first}:{last}:{entries}:{headHash}";
}
