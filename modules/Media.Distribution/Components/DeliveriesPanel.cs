using Media.Distribution.Deliveries;
using Media.Distribution.Endpoints;

namespace Media.Distribution.Components;

/// <summary>What the deliveries panel of one article shows: where it went and what the viewer may do next.</summary>
/// <param name="Done">The action just completed (published, scheduled, retracted), from the redirect.</param>
public sealed record DeliveriesPanel(Guid ArticleId, string Status, IReadOnlyList<DeliveryResponse> Deliveries, bool MayPublish,
    bool MayRetract, string? Done)
{
    /// <summary>While a job still has work to do, the page keeps refreshing the panel.</summary>
    public bool HasOpenWork => Deliveries.Any(d => DeliveryStates.Open.Contains(d.State));
}
