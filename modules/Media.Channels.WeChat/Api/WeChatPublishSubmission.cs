namespace Media.Channels.WeChat.Api;

/// <summary>An accepted publish job (freepublish/submit). publish_id is kept as text whatever JSON type WeChat used.</summary>
public sealed record WeChatPublishSubmission(string PublishId, string? MsgDataId);
