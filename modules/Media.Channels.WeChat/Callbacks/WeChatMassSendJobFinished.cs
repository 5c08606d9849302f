using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Callbacks;

/// <summary>The MASSSENDJOBFINISH event (docs/wechat.md §7.5, §15.7): how a mass send ended, with its counts and, where
/// WeChat gives them, each article's link (<c>ArticleUrlResult</c>; 1-based <c>ArticleIdx</c>).</summary>
public sealed record WeChatMassSendJobFinished(
    long MsgId,
    string Status,
    int TotalCount,
    int FilterCount,
    int SentCount,
    int ErrorCount,
    IReadOnlyList<WeChatPublishedArticle> Articles)
{
    public const string SendSuccess = "send success";

    public bool Succeeded => string.Equals(Status.Trim(), SendSuccess, StringComparison.OrdinalIgnoreCase);
}
