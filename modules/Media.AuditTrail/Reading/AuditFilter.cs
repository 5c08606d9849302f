namespace Media.AuditTrail.Reading;

/// <summary>A page of the timeline: filters, then keyset paging on <c>seq</c> (<paramref name="After"/> is exclusive;
/// with <paramref name="Newest"/> first it means "older than").</summary>
/// <param name="From">Inclusive lower bound of <c>at</c>.</param>
/// <param name="To">Exclusive upper bound of <c>at</c>.</param>
public sealed record AuditFilter(
    Guid? ArticleId = null,
    Guid? ActorId = null,
    string? ActorName = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    long? After = null,
    int Limit = AuditFilter.DefaultLimit,
    bool Newest = false)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
}
