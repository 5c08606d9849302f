namespace Media.Distribution.Deliveries;

/// <summary>One article on one channel: written in the same transaction as the publish (the outbox), then worked
/// by jobs until delivered — and, on retraction, until retracted. <see cref="Progress"/> keeps what the channel
/// returned at each step, so a retry continues instead of repeating.</summary>
public sealed class Delivery
{
    public Guid Id { get; set; }

    public Guid ArticleId { get; set; }

    public Guid ChannelId { get; set; }

    public required string ChannelType { get; set; }

    public int Version { get; set; }

    public required string ContentHash { get; set; }

    public string State { get; set; } = DeliveryStates.Pending;

    /// <summary>Attempts of the current operation (publishing, then retracting).</summary>
    public int Attempts { get; set; }

    /// <summary>When a job may next work on it: the publish time, or the next retry after a backoff.</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>A job holds the delivery until then; a crashed job's lease simply runs out.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? ExternalId { get; set; }

    public string? ExternalUrl { get; set; }

    public string? LastError { get; set; }

    public string Progress { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsRetraction => State is DeliveryStates.Retracting or DeliveryStates.Retracted;
}
