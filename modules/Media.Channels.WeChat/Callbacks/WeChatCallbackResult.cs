namespace Media.Channels.WeChat.Callbacks;

/// <summary>The outcome of reading one callback request, and what to answer.</summary>
public sealed record WeChatCallbackResult(
    WeChatCallbackKind Kind,
    string? ResponseBody,
    WeChatPublishJobFinished? PublishJob = null,
    string? EventName = null,
    string? RejectionReason = null,
    WeChatMassSendJobFinished? MassSendJob = null)
{
    /// <summary>WeChat stops retrying a push once it gets this (or an empty body) within 5 s (docs/wechat.md §7.6).</summary>
    public const string Success = "success";

    public static WeChatCallbackResult Handshake(string echostr) => new(WeChatCallbackKind.Handshake, echostr);

    public static WeChatCallbackResult Published(WeChatPublishJobFinished job) =>
        new(WeChatCallbackKind.PublishJobFinished, Success, job, "PUBLISHJOBFINISH");

    public static WeChatCallbackResult MassSent(WeChatMassSendJobFinished job) =>
        new(WeChatCallbackKind.MassSendJobFinished, Success, EventName: "MASSSENDJOBFINISH", MassSendJob: job);

    public static WeChatCallbackResult Other(string? eventName) => new(WeChatCallbackKind.Other, Success, EventName: eventName);

    public static WeChatCallbackResult Rejected(string reason) => new(WeChatCallbackKind.Rejected, null, RejectionReason: reason);
}
