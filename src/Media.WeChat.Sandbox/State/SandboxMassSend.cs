namespace Media.WeChat.Sandbox.State;

/// <summary>One mass send (群发) of a draft's articles. <see cref="ConfirmedAt"/> is null while 群发保护 waits for the
/// admin's phone; <see cref="Refused"/> marks a refusal. Deleted articles are 1-based indexes.</summary>
public sealed record SandboxMassSend(
    string AppId,
    long MsgId,
    string MsgDataId,
    string? ClientMsgId,
    bool IsToAll,
    long? TagId,
    IReadOnlyList<SandboxArticle> Articles,
    IReadOnlyList<string> ArticleUrls,
    DateTimeOffset SentAt,
    DateTimeOffset? ConfirmedAt,
    bool Refused = false,
    IReadOnlySet<int>? DeletedIdx = null);
