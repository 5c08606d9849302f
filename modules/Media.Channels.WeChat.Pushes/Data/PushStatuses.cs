namespace Media.Channels.WeChat.Pushes.Data;

/// <summary>A push's states (docs/wechat.md §15.2) and the words the newsroom reads for them.</summary>
public static class PushStatuses
{
    public const string Draft = "draft";
    public const string SignedOff = "signed_off";
    public const string Sending = "sending";
    public const string AwaitingConfirmation = "awaiting_confirmation";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Retracting = "retracting";
    public const string Retracted = "retracted";

    public static string Label(string status) => status switch
    {
        Draft => "待签发",
        SignedOff => "已签发",
        Sending => "发送中",
        AwaitingConfirmation => "待管理员手机确认",
        Sent => "已发送",
        Failed => "推送失败",
        Retracting => "撤回中",
        Retracted => "已撤回",
        _ => status,
    };
}
