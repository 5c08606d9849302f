namespace Media.Channels.WeChat.Callbacks;

/// <summary>What a callback request turned out to be.</summary>
public enum WeChatCallbackKind
{
    /// <summary>GET URL verification: answer 200 with <see cref="WeChatCallbackResult.ResponseBody"/> (the echostr).</summary>
    Handshake,

    /// <summary>A verified PUBLISHJOBFINISH: record it (deduplicate by publish_id), answer "success".</summary>
    PublishJobFinished,

    /// <summary>A verified MASSSENDJOBFINISH: hand it to the handlers (a push keyed by MsgID), answer "success".</summary>
    MassSendJobFinished,

    /// <summary>A verified push of another kind: nothing to do, answer "success" so WeChat does not retry.</summary>
    Other,

    /// <summary>Failed a signature, decryption or AppID check, or could not be read: answer 400, trust nothing in it.</summary>
    Rejected,
}
