namespace Media.Channels.WeChat.Api;

/// <summary>
/// One article of a draft (docs/wechat.md §5.0), as a news (图文) item. Check it with <see cref="Articles.WeChatArticleCheck"/>
/// before sending; Content should come from <see cref="Html.WeChatHtmlConverter"/>.
/// </summary>
public sealed record WeChatDraftArticle(
    string Title,
    string Content,
    string ThumbMediaId,
    string? Author = null,
    string? Digest = null,
    string? ContentSourceUrl = null,
    bool NeedOpenComment = false,
    bool OnlyFansCanComment = false,
    string? PicCrop235By1 = null,
    string? PicCrop1By1 = null);
