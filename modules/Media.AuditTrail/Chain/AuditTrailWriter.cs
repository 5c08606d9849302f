using System.Text.Json;
using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.AuditTrail.Data;
using Media.Data;
using Microsoft.AspNetCore.Http;

namespace Media.AuditTrail.Chain;

/// <summary>Adds the entry to the request's unit of work; <see cref="AuditChainInterceptor"/> links it into the
/// chain inside the same transaction when that unit of work is saved.</summary>
internal sealed class AuditTrailWriter(MediaDbContext db, ICurrentUser currentUser, IHttpContextAccessor request, TimeProvider clock)
    : IAuditTrail
{
    private static readonly JsonSerializerOptions DataJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private long recorded;

    public void Record(AuditEvent auditEvent)
    {
        var actor = auditEvent.Actor ?? (currentUser.IsAuthenticated
            ? new AuditActor(currentUser.Id, currentUser.DisplayName)
            : AuditActor.System);
        var order = Interlocked.Increment(ref recorded);
        var source = RequestSource.Of(request.HttpContext);
        db.Add(new AuditEntry
        {
            Seq = -order, // a placeholder key, unique in this unit of work; the chain assigns the real seq on save
            At = AuditChain.Truncate(clock.GetUtcNow()),
            ActorId = actor.Id,
            ActorName = actor.Name,
            Action = auditEvent.Action,
            SubjectKind = auditEvent.Subject.Kind,
            SubjectId = auditEvent.Subject.Id,
            ArticleId = auditEvent.Subject.Kind == "article" && Guid.TryParse(auditEvent.Subject.Id, out var id) ? id : null,
            Version = auditEvent.Version,
            ContentHash = auditEvent.ContentHash,
            Data = JsonSerializer.Serialize(auditEvent.Data ?? new Dictionary<string, object?>(), DataJson),
            SourceIp = source.SourceIp,
            UserAgent = source.UserAgent,
            RecordedOrder = order,
        });
    }
}
