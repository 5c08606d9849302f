namespace Media.Channels.WeChat.Callbacks;

/// <summary>A safe-mode message after decryption: the message text and the AppID WeChat appended to it.</summary>
public sealed record WeChatDecryptedMessage(string Message, string AppId);
