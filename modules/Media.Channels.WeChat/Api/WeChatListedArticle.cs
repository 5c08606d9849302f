namespace Media.Channels.WeChat.Api;

/// <summary>One article of a listed draft or publication (draft/batchget, freepublish/batchget), without its content.</summary>
public sealed record WeChatListedArticle(string Title, string? ContentSourceUrl, string? Url, bool IsDeleted);
