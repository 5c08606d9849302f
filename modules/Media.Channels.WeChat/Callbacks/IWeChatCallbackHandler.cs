namespace Media.Channels.WeChat.Callbacks;

/// <summary>Another module's interest in an account's verified job events (PUBLISHJOBFINISH, MASSSENDJOBFINISH): the
/// callback endpoint hands each one to every handler before it answers WeChat (docs/wechat.md §7, §15.7).</summary>
public interface IWeChatCallbackHandler
{
    Task HandleAsync(Guid channelId, WeChatCallbackResult callback, CancellationToken cancellationToken);
}
