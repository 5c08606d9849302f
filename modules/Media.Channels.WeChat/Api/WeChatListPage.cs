namespace Media.Channels.WeChat.Api;

/// <summary>One page of a batchget list (at most 20 items) and how many the whole list holds.</summary>
public sealed record WeChatListPage(int TotalCount, IReadOnlyList<WeChatListedItem> Items);
