namespace Media.Channels.WeChat.Api;

/// <summary>A draft in the account's draft box (draft/add); its media_id is what freepublish/submit takes.</summary>
public sealed record WeChatDraft(string MediaId);
