namespace Media.Channels.WeChat.Api;

/// <summary>Where a publish job stands (freepublish/get). RawStatus keeps a value this enum does not know.</summary>
public sealed record WeChatPublishStatus(
    string PublishId,
    WeChatPublishState State,
    int RawStatus,
    string? ArticleId,
    IReadOnlyList<WeChatPublishedArticle> Articles,
    IReadOnlyList<int> FailIdx)
{
    public bool IsFinished => State != WeChatPublishState.Publishing;

    /// <summary>Failed for good: 2, 3 or 4. A resubmission needs a changed draft (2, 4) or a new try (3).</summary>
    public bool IsFailure => State is WeChatPublishState.OriginalCheckFailed or WeChatPublishState.Failed
        or WeChatPublishState.ReviewRejected;
}
