using Media.Abstractions.Auditing;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Export;
using Media.Data;

namespace Media.AuditTrail.Reading;

/// <summary>Records that someone read the trail — listed it, verified it or exported it — as an entry of its own
/// (docs/audit-trail.md §1): who watches the watchers is on the record too.</summary>
public sealed class AuditReads(IAuditTrail trail, MediaDbContext db)
{
    public Task ListedAsync(AuditFilter filter, CancellationToken cancellationToken) => RecordAsync(AuditActions.AuditListed, new()
    {
        ["articleId"] = filter.ArticleId, ["actorId"] = filter.ActorId, ["actor"] = filter.ActorName, ["action"] = filter.Action,
        ["from"] = filter.From, ["to"] = filter.To,
    }, cancellationToken);

    public Task VerifiedAsync(ChainVerdict verdict, CancellationToken cancellationToken) =>
        RecordAsync(AuditActions.AuditVerified, new() { ["ok"] = verdict.Ok, ["entries"] = verdict.Entries }, cancellationToken);

    public Task ExportedAsync(ExportRange range, CancellationToken cancellationToken) => RecordAsync(AuditActions.AuditExported, new()
    {
        ["from"] = range.From, ["to"] = range.To, ["first"] = range.First, ["last"] = range.Last,
    }, cancellationToken);

    private async Task RecordAsync(string action, Dictionary<string, object?> details, CancellationToken cancellationToken)
    {
        trail.Record(new AuditEvent(action, AuditSubject.Named("audit", "trail"), Data: details));
        await db.SaveChangesAsync(cancellationToken);
    }
}
