namespace Media.Channels.WeChat.Api;

/// <summary>One article of a published job: its 1-based index in the draft and its permanent link.</summary>
public sealed record WeChatPublishedArticle(int Index, string Url);
