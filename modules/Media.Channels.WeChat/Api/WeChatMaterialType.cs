namespace Media.Channels.WeChat.Api;

/// <summary>Permanent image material kinds usable as a cover (docs/wechat.md §4.1).</summary>
public enum WeChatMaterialType
{
    /// <summary>type=image: bmp/png/jpeg/gif up to 10 MB; what third-party tools use for covers.</summary>
    Image,

    /// <summary>type=thumb: JPG up to 64 KB.</summary>
    Thumb,
}
