using Media.Distribution.Deliveries;
using Media.Distribution.Endpoints;

namespace Media.Distribution.Components;

/// <summary>What the deliveries panel of one article shows: where it went and what the viewer may do next.</summary>
/// <param name="Done">The action just completed (published, scheduled, retracted), from the redirect.</param>
/// <param name="MayRetry">The viewer may send a failed delivery again (重试): the piece is live and they may publish.</param>
/// <param name="AddableChannels">Enabled channels a published piece has not gone to, when the viewer may add one (加发渠道).</param>
public sealed record DeliveriesPanel(Guid ArticleId, string Status, IReadOnlyList<DeliveryResponse> Deliveries, bool MayPublish,
    bool MayRetract, string? Done, bool MayRetry = false, IReadOnlyList<(Guid Id, string Name, string Type)>? AddableChannels = null)
{
    /// <summary>While a job still has work to do, the page keeps refreshing the panel.</summary>
    public bool HasOpenWork => Deliveries.Any(d => DeliveryStates.Open.Contains(d.State));
}
