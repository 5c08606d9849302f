namespace Media.Channels.App.Webhooks;

/// <summary>Keys this channel saves in a delivery's progress, so every retry sends the same body.</summary>
internal static class AppWebhookProgress
{
    /// <summary>A retraction reuses the publish delivery's row, but the app must see it as a new delivery:
    /// its own id, made once and kept for all of its retries.</summary>
    public const string RetractDeliveryId = "retractDeliveryId";

    public const string RetractOccurredAt = "retractOccurredAt";

    /// <summary>Published or updated (a corrected version), decided on the first attempt of a version: a later change
    /// must not flip the event of a delivery already under way.</summary>
    public static string EventOf(int version) => "event.v" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
