using System.Text.Json;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Endpoints;

/// <summary>An entry as the API shows it (docs/http-api.md §4.8); <c>data</c> is the stored JSON as an object (the
/// export keeps the text).</summary>
public sealed record AuditEntryResponse(
    long Seq,
    DateTimeOffset At,
    string Actor,
    Guid? ActorId,
    string Action,
    string Subject,
    Guid? ArticleId,
    int? Version,
    string? ContentHash,
    JsonElement Data,
    string? SourceIp,
    string? UserAgent,
    string PrevHash,
    string Hash)
{
    public static AuditEntryResponse From(AuditEntry e)
    {
        using var data = JsonDocument.Parse(e.Data);
        return new(e.Seq, e.At, e.ActorName, e.ActorId, e.Action, $"{e.SubjectKind}:{e.SubjectId}", e.ArticleId, e.Version,
            e.ContentHash, data.RootElement.Clone(), e.SourceIp, e.UserAgent, e.PrevHash, e.Hash);
    }
}
