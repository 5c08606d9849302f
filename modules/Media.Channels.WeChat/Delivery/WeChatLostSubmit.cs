namespace Media.Channels.WeChat.Delivery;

/// <summary>What WeChat says became of a submit whose answer was lost (docs/wechat.md §12.4).</summary>
internal enum WeChatLostSubmitState
{
    /// <summary>The draft is still in the draft box: the submit never took effect, submitting it is safe.</summary>
    DraftStillThere,

    /// <summary>The draft was consumed and the publication is listed: the submit took effect and succeeded.</summary>
    Published,

    /// <summary>The draft was consumed but no publication is listed (yet): still publishing, or failed.</summary>
    NotListed,
}

internal sealed record WeChatLostSubmit(WeChatLostSubmitState State, string? ArticleId = null, string? ArticleUrl = null);
