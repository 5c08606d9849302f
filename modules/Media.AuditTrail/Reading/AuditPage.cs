using Media.AuditTrail.Data;

namespace Media.AuditTrail.Reading;

/// <summary>One page of entries and the <c>after</c> value of the next page (null on the last page).</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, long? Next);
