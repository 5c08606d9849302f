namespace Media.Channels.App.Webhooks;

/// <summary>Keys this channel saves in a delivery's progress, so every retry sends the same body.</summary>
internal static class AppWebhookProgress
{
    /// <summary>A retraction reuses the publish delivery's row, but the app must see it as a new delivery:
    /// its own id, made once and kept for all of its retries.</summary>
    public const string RetractDeliveryId = "retractDeliveryId";

    public const string RetractOccurredAt = "retractOccurredAt";

    /// <summary>Published or updated, decided on the first attempt of a version (later edits must not flip it).</summary>
    public static string EventOf(int version) => "event.v" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
