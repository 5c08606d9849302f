namespace Media.Channels.WeChat.Api;

/// <summary>publish_status of freepublish/get and PUBLISHJOBFINISH (docs/wechat.md §6.2).</summary>
public enum WeChatPublishState
{
    /// <summary>0: published; article_id and the article URLs are known.</summary>
    Succeeded = 0,

    /// <summary>1: still publishing; ask again later or wait for the callback.</summary>
    Publishing = 1,

    /// <summary>2: the original-content (原创) check failed; fail_idx names the articles.</summary>
    OriginalCheckFailed = 2,

    /// <summary>3: a general failure.</summary>
    Failed = 3,

    /// <summary>4: the platform's review rejected it; fail_idx names the articles.</summary>
    ReviewRejected = 4,

    /// <summary>5: it was published, then all its articles were deleted.</summary>
    Deleted = 5,

    /// <summary>6: it was published, then the platform banned all its articles.</summary>
    Banned = 6,
}
