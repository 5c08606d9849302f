namespace Media.Channels.WeChat.Pushes.Data;

/// <summary>One WeChat push (推送): up to eight signed-off articles sent as one message, by 发布 or 群发
/// (docs/wechat.md §15).</summary>
public sealed class Push
{
    public Guid Id { get; set; }

    public Guid ChannelId { get; set; }

    /// <summary><see cref="PushModes"/>.</summary>
    public required string Mode { get; set; }

    /// <summary>For a mass send: <c>all</c> or the tag id as text; null for publish.</summary>
    public string? Target { get; set; }

    public List<PushArticle> Articles { get; set; } = [];

    /// <summary><see cref="PushStatuses"/>.</summary>
    public required string Status { get; set; }

    /// <summary>SHA-256 over mode, target, order and each article's content hash (docs/wechat.md §15.2).</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset? SendAt { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? SignedOffBy { get; set; }

    public DateTimeOffset? SignedOffAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>What WeChat returned so far (draft media_id, msg_id, publish_id, …), as JSON.</summary>
    public string ExternalIds { get; set; } = "{}";

    public string? LastError { get; set; }

    /// <summary>Why the push (or an article of it) was taken out of WeChat, in the newsroom's words (docs/wechat.md §15.8).</summary>
    public string? RetractionNote { get; set; }

    /// <summary>Grows with every change: the concurrency token that makes racing sign-offs and sends a conflict.</summary>
    public int Revision { get; set; }
}
