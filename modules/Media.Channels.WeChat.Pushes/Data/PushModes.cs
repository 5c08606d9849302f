namespace Media.Channels.WeChat.Pushes.Data;

public static class PushModes
{
    /// <summary>发布 (freepublish): a permanent link, no message to followers.</summary>
    public const string Publish = "publish";

    /// <summary>群发 (message/mass/sendall): a message to followers, counted against the account's allowance.</summary>
    public const string MassSend = "massSend";
}
