namespace Media.Channels.WeChat.Api;

/// <summary>A mass send WeChat accepted. <see cref="WasRepeat"/>: the clientmsgid had been used, and this is the earlier
/// send WeChat named in its 45065 answer.</summary>
public sealed record WeChatMassSend(long MsgId, string? MsgDataId, bool WasRepeat);
