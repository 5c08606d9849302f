namespace Media.Distribution.Deliveries;

/// <summary>The delivery states (docs/http-api.md §4.7), and the one table of the Chinese words the newsroom reads for them.</summary>
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

    /// <summary>How every page names <paramref name="state"/>; an unknown state shows as itself.</summary>
    public static string Label(string state) => state switch
    {
        Pending => "待发送",
        Sending => "发送中",
        Delivered => "已送达",
        Failed => "失败",
        Retracting => "撤回中",
        Retracted => "已撤回",
        NotSupported => "不支持",
        _ => state,
    };
}
