using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Callbacks;

/// <summary>The PUBLISHJOBFINISH event (docs/wechat.md §7.5): the same facts freepublish/get reports, pushed by WeChat.</summary>
public sealed record WeChatPublishJobFinished(
    string PublishId,
    WeChatPublishState State,
    int RawStatus,
    string? ArticleId,
    IReadOnlyList<WeChatPublishedArticle> Articles,
    IReadOnlyList<int> FailIdx,
    string? ToUserName,
    DateTimeOffset? CreatedAt);
