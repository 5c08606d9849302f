namespace Media.Channels.WeChat.Api;

/// <summary>An in-article image hosted by WeChat (media/uploadimg): the only kind of src article content may use.</summary>
public sealed record WeChatUploadedImage(string Url);
