using System.Text.Json;

namespace Media.Channels.App.Webhooks;

/// <summary>The webhook body. <see cref="Url"/> is the article in the public read API (what the app fetches next: 200,
/// or 410 once retracted); <see cref="PageUrl"/>, an addition to the webhook contract (docs/http-api.md §5), is its
/// page on the county site.</summary>
internal sealed record AppWebhookPayload(string Event, Guid DeliveryId, Guid ArticleId, int Version, string Url,
    DateTimeOffset OccurredAt, string? PageUrl)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Serialized once: these exact bytes are signed and sent.</summary>
    public byte[] ToUtf8Bytes() => JsonSerializer.SerializeToUtf8Bytes(this with { OccurredAt = OccurredAt.ToUniversalTime() }, Json);
}
