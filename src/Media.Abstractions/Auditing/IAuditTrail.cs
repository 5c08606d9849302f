namespace Media.Abstractions.Auditing;

/// <summary>
/// Records an action on the audit trail. The entry joins the current unit of work: it is chained and written
/// by the same SaveChanges (and so the same transaction) as the change it records — no change without its
/// entry, no entry without its change.
/// </summary>
public interface IAuditTrail
{
    void Record(AuditEvent auditEvent);
}
