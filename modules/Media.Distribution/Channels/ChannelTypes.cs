namespace Media.Distribution.Channels;

public static class ChannelTypes
{
    public const string Web = "web";
    public const string WeChat = "wechat";
    public const string App = "app";
}
