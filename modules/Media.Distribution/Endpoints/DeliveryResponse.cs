using Media.Distribution.Deliveries;

namespace Media.Distribution.Endpoints;

/// <summary>The delivery JSON (docs/http-api.md §4.7) (plus the delivery id and channel name).</summary>
public sealed record DeliveryResponse(Guid Id, Guid ChannelId, string ChannelType, string ChannelName, string State, int Attempts,
    string? ExternalId, string? ExternalUrl, string? LastError, DateTimeOffset UpdatedAt, DateTimeOffset DueAt)
{
    public static DeliveryResponse From(Delivery d, string channelName) => new(d.Id, d.ChannelId, d.ChannelType, channelName, d.State,
        d.Attempts, d.ExternalId, d.ExternalUrl, d.LastError, d.UpdatedAt, d.DueAt);
}
