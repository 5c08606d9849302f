using Media.Abstractions.Events;

namespace Media.Distribution.Publishing;

/// <summary>Deliveries that were committed and now need a job (at their due time).</summary>
internal sealed record DeliveriesDue(IReadOnlyList<(Guid Id, DateTimeOffset DueAt)> Deliveries) : IAfterCommitNotification
{
    public static DeliveriesDue Of(IEnumerable<Deliveries.Delivery> deliveries) => new(deliveries.Select(d => (d.Id, d.DueAt)).ToList());
}
