using System.Text;
using System.Text.Json;

namespace Media.Testing;

/// <summary>One request as <see cref="WebhookReceiver"/> saw it: the raw body bytes, every header, whether its
/// <c>X-Media-Signature</c> checked out against the receiver's secret, and how it was answered.</summary>
public sealed record ReceivedWebhook(
    DateTimeOffset ReceivedAt,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    bool SignatureValid,
    WebhookAnswer Answer)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>A header by (case-insensitive) name, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? Event => Header("X-Media-Event");

    public string? DeliveryId => Header("X-Media-Delivery");

    public string? Timestamp => Header("X-Media-Timestamp");

    public string? Signature => Header("X-Media-Signature");
}
