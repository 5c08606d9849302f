namespace Media.Distribution.Deliveries;

/// <summary>The delivery states (docs/http-api.md §4.7).</summary>
public static class DeliveryStates
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Retracting = "retracting";
    public const string Retracted = "retracted";

    /// <summary>The channel cannot carry what was asked (a correction of a published WeChat article); the earlier
    /// delivery stays as it was and is still retracted with the article.</summary>
    public const string NotSupported = "not_supported";

    /// <summary>States in which a job still has work to do.</summary>
    public static readonly IReadOnlyList<string> Open = [Pending, Sending, Retracting];
}
