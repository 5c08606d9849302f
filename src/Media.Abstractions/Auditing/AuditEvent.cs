namespace Media.Abstractions.Auditing;

/// <summary>What a module reports about an action. The trail adds sequence, time, actor and hashes.</summary>
/// <param name="Action">One of the <see cref="AuditActions"/> constants.</param>
/// <param name="Subject">What the action was about, e.g. <c>article:…</c>, <c>user:…</c>.</param>
/// <param name="Actor">Who acted; null means the signed-in user of the request.</param>
public sealed record AuditEvent(
    string Action,
    AuditSubject Subject,
    int? Version = null,
    string? ContentHash = null,
    IReadOnlyDictionary<string, object?>? Data = null,
    AuditActor? Actor = null);
