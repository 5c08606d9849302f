namespace Media.Distribution.Publishing;

public enum PublishOutcomeKind
{
    Accepted,
    NotFound,
    Conflict,
    Invalid,
}

/// <summary>What the desk did; <see cref="Deliveries"/> are the rows to start once committed.</summary>
public sealed record PublishOutcome(PublishOutcomeKind Kind, string? Detail = null, IDictionary<string, string[]>? Errors = null,
    IReadOnlyList<Deliveries.Delivery>? Deliveries = null)
{
    public static PublishOutcome Refused(PublishOutcomeKind kind, string detail) => new(kind, detail);
}
