namespace Media.Distribution.Deliveries;

/// <summary>The contract's delivery states.</summary>
public static class DeliveryStates
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string Retracting = "retracting";
    public const string Retracted = "retracted";

    /// <summary>States in which a job still has work to do.</summary>
    public static readonly IReadOnlyList<string> Open = [Pending, Sending, Retracting];
}
