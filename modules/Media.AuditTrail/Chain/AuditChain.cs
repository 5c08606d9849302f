using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Chain;

/// <summary><c>hash = HMAC-SHA256(key, prevHash ‖ canonical(entry))</c>, hex. The canonical form is a JSON array of
/// the entry's fields in a fixed order, so any verifier with the key can recompute it from an export.</summary>
public sealed class AuditChain(AuditKey key)
{
    public const string Genesis = "";

    /// <summary>The format of <c>at</c> in the canonical form and in exports.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>How the canonical array is written: compact, with only what JSON requires (and non-BMP characters) escaped.</summary>
    public static readonly JsonWriterOptions CanonicalJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ComputeHash(string prevHash, AuditEntry entry)
    {
        using var hasher = CreateHasher();
        return hasher.ComputeHex(prevHash, entry);
    }

    /// <summary>A reusable hasher for walking many entries (verify, export checks).</summary>
    public AuditHasher CreateHasher() => new(key.Bytes);

    /// <summary>The canonical text of one entry, for callers that hash or show it outside a walk.</summary>
    public static void WriteCanonical(IBufferWriter<byte> output, AuditEntry e)
    {
        using var json = new Utf8JsonWriter(output, CanonicalJson);
        WriteCanonical(json, new ChainLinkBuffer().Load(e));
    }

    /// <summary>[seq, at, actorId, actorName, action, subjectKind, subjectId, articleId, version, contentHash, data]:
    /// compact, nulls as null, ids as lower-case "D" GUIDs, data as the stored JSON text (a string). An entry that
    /// names where the request came from appends [sourceIp, userAgent]; entries without either (system actions, and
    /// every entry written before these fields existed) keep the eleven-field form, so old chains verify unchanged
    /// (docs/audit-trail.md §3).</summary>
    public static void WriteCanonical(Utf8JsonWriter json, in ChainLink e)
    {
        json.WriteStartArray();
        json.WriteNumberValue(e.Seq);
        Span<byte> time = stackalloc byte[32];
        e.At.UtcDateTime.TryFormat(time, out var timeLength, TimeFormat, CultureInfo.InvariantCulture);
        json.WriteStringValue(time[..timeLength]);
        if (e.ActorId is { } actorId) json.WriteStringValue(actorId); else json.WriteNullValue();
        WriteText(json, e.ActorName);
        WriteText(json, e.Action);
        WriteText(json, e.SubjectKind);
        WriteText(json, e.SubjectId);
        if (e.ArticleId is { } articleId) json.WriteStringValue(articleId); else json.WriteNullValue();
        if (e.Version is { } v) json.WriteNumberValue(v); else json.WriteNullValue();
        WriteText(json, e.ContentHash);
        WriteText(json, e.Data);
        if (e.SourceIp.HasValue || e.UserAgent.HasValue)
        {
            WriteText(json, e.SourceIp);
            WriteText(json, e.UserAgent);
        }
        json.WriteEndArray();
    }

    /// <summary>Bytes that are not valid UTF-8 (only a forged row has them) are hashed as a string reader would see
    /// them, with replacement characters, so such a row fails verification instead of stopping it.</summary>
    private static void WriteText(Utf8JsonWriter json, Utf8Text text)
    {
        if (!text.HasValue) json.WriteNullValue();
        else if (Utf8.IsValid(text.Bytes)) json.WriteStringValue(text.Bytes);
        else json.WriteStringValue(Encoding.UTF8.GetString(text.Bytes));
    }

    /// <summary>Millisecond precision in UTC: what both databases keep exactly.</summary>
    public static string FormatTime(DateTimeOffset at) =>
        at.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
