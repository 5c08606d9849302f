namespace Media.AuditTrail.Endpoints;

/// <summary><c>next</c> is the <c>after</c> value of the following page, or null on the last one.</summary>
public sealed record AuditListResponse(IReadOnlyList<AuditEntryResponse> Items, long? Next);
