using Media.Abstractions.Auditing;

namespace Media.Distribution.Deliveries;

/// <summary>Where one attempt leaves a delivery.</summary>
public sealed record DeliverySettlement(string State, DateTimeOffset? DueAt = null, string? ExternalId = null,
    string? ExternalUrl = null, string? Error = null, AuditEvent? Audit = null)
{
    public bool NeedsAnotherRun => DeliveryStates.Open.Contains(State);
}
