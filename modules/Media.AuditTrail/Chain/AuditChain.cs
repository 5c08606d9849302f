using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Chain;

/// <summary><c>hash = HMAC-SHA256(key, prevHash ‖ canonical(entry))</c>, hex. The canonical form is a JSON array of
/// the entry's fields in a fixed order, so any verifier with the key can recompute it from an export.</summary>
public sealed class AuditChain(AuditKey key)
{
    public const string Genesis = "";

    public string ComputeHash(string prevHash, AuditEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        buffer.Write(Encoding.ASCII.GetBytes(prevHash));
        WriteCanonical(buffer, entry);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key.Bytes, buffer.WrittenSpan, mac);
        return Convert.ToHexStringLower(mac);
    }

    public static void WriteCanonical(IBufferWriter<byte> output, AuditEntry e)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        json.WriteNumberValue(e.Seq);
        json.WriteStringValue(FormatTime(e.At));
        json.WriteStringValue(e.ActorId?.ToString("D"));
        json.WriteStringValue(e.ActorName);
        json.WriteStringValue(e.Action);
        json.WriteStringValue(e.SubjectKind);
        json.WriteStringValue(e.SubjectId);
        json.WriteStringValue(e.ArticleId?.ToString("D"));
        if (e.Version is { } v) json.WriteNumberValue(v); else json.WriteNullValue();
        json.WriteStringValue(e.ContentHash);
        json.WriteStringValue(e.Data);
        json.WriteEndArray();
    }

    /// <summary>Millisecond precision in UTC: what both databases keep exactly.</summary>
    public static string FormatTime(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
