namespace Media.Channels.WeChat.Api;

/// <summary>A permanent material (material/add_material): its media_id is what a draft's thumb_media_id takes.</summary>
public sealed record WeChatMaterial(string MediaId, string? Url);
