namespace Media.Channels.WeChat.Api;

/// <summary>
/// One entry of a batchget list: a draft (Id is its media_id) or a publication (Id is its article_id), when WeChat
/// last changed it (update_time), and its articles.
/// </summary>
public sealed record WeChatListedItem(string Id, DateTimeOffset UpdatedAt, IReadOnlyList<WeChatListedArticle> Articles);
