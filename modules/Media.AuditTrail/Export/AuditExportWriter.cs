using System.Buffers;
using System.Text.Json;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Export;

/// <summary>Writes entries as NDJSON (see <see cref="AuditExportFormat"/>) to a stream as they arrive: header, one line
/// per entry, trailer. Memory stays at one flush buffer however long the export is.</summary>
public sealed class AuditExportWriter(AuditChain chain, TimeProvider clock)
{
    private const int FlushAt = 64 * 1024;

    public async Task WriteAsync(Stream output, IAsyncEnumerable<AuditEntry> entries, ExportRange range, CancellationToken cancellationToken)
    {
        using var hasher = chain.CreateHasher();
        var buffer = new ArrayBufferWriter<byte>(FlushAt * 2);
        var canonical = new ArrayBufferWriter<byte>(1024);
        await using var line = new Utf8JsonWriter(buffer, AuditChain.CanonicalJson);
        await using var canonicalJson = new Utf8JsonWriter(canonical, AuditChain.CanonicalJson);
        var links = new ChainLinkBuffer();

        WriteHeader(line, range, hasher.KeyId());
        EndLine(line, buffer);
        long count = 0;
        string? headHash = null;
        long? first = null, last = null;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            canonical.ResetWrittenCount();
            canonicalJson.Reset(canonical);
            AuditChain.WriteCanonical(canonicalJson, links.Load(entry));
            canonicalJson.Flush();
            WriteEntry(line, entry, canonical.WrittenSpan);
            EndLine(line, buffer);
            (count, headHash, first, last) = (count + 1, entry.Hash, first ?? entry.Seq, entry.Seq);
            if (buffer.WrittenCount >= FlushAt) await FlushAsync(output, buffer, cancellationToken);
        }
        line.WriteStartObject();
        line.WriteString("type", "end");
        line.WriteNumber("entries", count);
        WriteNullable(line, "first", first);
        WriteNullable(line, "last", last);
        line.WriteString("headHash", headHash);
        line.WriteString("mac", hasher.Mac(AuditExportFormat.EndText(first, last, count, headHash)));
        line.WriteEndObject();
        EndLine(line, buffer);
        await FlushAsync(output, buffer, cancellationToken);
    }

    private void WriteHeader(Utf8JsonWriter json, ExportRange range, string keyId)
    {
        json.WriteStartObject();
        json.WriteString("type", "header");
        json.WriteString("format", AuditExportFormat.Name);
        json.WriteNumber("formatVersion", AuditExportFormat.Version);
        json.WriteString("algorithm", AuditExportFormat.Algorithm);
        json.WriteString("keyId", keyId);
        json.WriteString("hash", AuditExportFormat.HashRule);
        json.WriteString("canonical", AuditExportFormat.CanonicalRule);
        json.WriteStartArray("canonicalFields");
        foreach (var field in AuditExportFormat.CanonicalFields) json.WriteStringValue(field);
        json.WriteEndArray();
        json.WriteString("timeFormat", AuditExportFormat.TimeFormat);
        json.WriteString("end", AuditExportFormat.EndRule);
        WriteNullable(json, "first", range.First);
        WriteNullable(json, "last", range.Last);
        json.WriteString("from", range.From is { } from ? AuditChain.FormatTime(from) : null);
        json.WriteString("to", range.To is { } to ? AuditChain.FormatTime(to) : null);
        json.WriteString("exportedAt", AuditChain.FormatTime(clock.GetUtcNow()));
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, AuditEntry e, ReadOnlySpan<byte> canonical)
    {
        json.WriteStartObject();
        json.WriteString("type", "entry");
        json.WriteNumber("seq", e.Seq);
        json.WriteString("at", AuditChain.FormatTime(e.At));
        if (e.ActorId is { } actorId) json.WriteString("actorId", actorId); else json.WriteNull("actorId");
        json.WriteString("actor", e.ActorName);
        json.WriteString("action", e.Action);
        json.WriteString("subjectKind", e.SubjectKind);
        json.WriteString("subjectId", e.SubjectId);
        if (e.ArticleId is { } articleId) json.WriteString("articleId", articleId); else json.WriteNull("articleId");
        WriteNullable(json, "version", e.Version);
        json.WriteString("contentHash", e.ContentHash);
        json.WriteString("data", e.Data);
        json.WriteString("sourceIp", e.SourceIp);
        json.WriteString("userAgent", e.UserAgent);
        json.WriteString("prevHash", e.PrevHash);
        json.WriteString("hash", e.Hash);
        json.WriteString("canonical"u8, canonical);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v) json.WriteNumber(name, v); else json.WriteNull(name);
    }

    private static void EndLine(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer)
    {
        json.Flush();
        buffer.Write("\n"u8);
        json.Reset(buffer);
    }

    private static async Task FlushAsync(Stream output, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await output.FlushAsync(cancellationToken);
        buffer.ResetWrittenCount();
    }
}
