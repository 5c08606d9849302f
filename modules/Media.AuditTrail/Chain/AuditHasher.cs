using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Chain;

/// <summary>Computes <c>HMAC-SHA256(key, prevHash ‖ canonical(entry))</c> reusing one HMAC handle, one buffer and one
/// JSON writer, so walking millions of entries allocates next to nothing. Not thread-safe: one per walk.</summary>
public sealed class AuditHasher : IDisposable
{
    private readonly IncrementalHash hmac;
    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private readonly Utf8JsonWriter json;
    private readonly ChainLinkBuffer entries = new();

    public AuditHasher(ReadOnlySpan<byte> key)
    {
        hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        json = new Utf8JsonWriter(buffer, AuditChain.CanonicalJson);
    }

    /// <summary>Writes the 32-byte MAC of the link (over its own <c>prevHash</c>).</summary>
    public void Compute(in ChainLink link, Span<byte> mac)
    {
        buffer.ResetWrittenCount();
        buffer.Write(link.PrevHash.Bytes);
        json.Reset(buffer);
        AuditChain.WriteCanonical(json, link);
        json.Flush();
        hmac.AppendData(buffer.WrittenSpan);
        hmac.GetHashAndReset(mac);
    }

    /// <summary>True when the link's <c>hash</c> is its MAC in lower-case hex, compared without allocating.</summary>
    public bool Matches(in ChainLink link)
    {
        Span<byte> mac = stackalloc byte[32];
        Compute(link, mac);
        Span<byte> hex = stackalloc byte[64];
        return Convert.TryToHexStringLower(mac, hex, out var written) && written == 64 && hex.SequenceEqual(link.Hash.Bytes);
    }

    public string ComputeHex(string prevHash, AuditEntry entry)
    {
        Span<byte> mac = stackalloc byte[32];
        Compute(entries.Load(entry, prevHash, null), mac);
        return Convert.ToHexStringLower(mac);
    }

    public bool Matches(string prevHash, AuditEntry entry, string expectedHex) => Matches(entries.Load(entry, prevHash, expectedHex));

    /// <summary>HMAC of a UTF-8 text, hex: seals an export's trailer and names the key without revealing it.</summary>
    public string Mac(string text)
    {
        hmac.AppendData(Encoding.UTF8.GetBytes(text));
        Span<byte> mac = stackalloc byte[32];
        hmac.GetHashAndReset(mac);
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>Names the key (first 16 hex digits of its MAC of a fixed label), so a verifier can tell a wrong key
    /// from a broken chain.</summary>
    public string KeyId() => Mac("media-audit-key-id")[..16];

    public void Dispose()
    {
        json.Dispose();
        hmac.Dispose();
    }
}
