namespace Media.Channels.WeChat.Pushes.Data;

/// <summary>A job event WeChat pushed to an account's callback URL (MASSSENDJOBFINISH or PUBLISHJOBFINISH), kept until the
/// push it belongs to has read it: it may arrive before the push knows its msg_id or publish_id (docs/wechat.md §15.7).</summary>
public sealed class PushEvent
{
    public const string MassSend = "masssend";
    public const string Publish = "publish";

    public Guid Id { get; set; }

    public Guid ChannelId { get; set; }

    /// <summary><see cref="MassSend"/> or <see cref="Publish"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The MsgID or publish_id, as text.</summary>
    public required string ExternalId { get; set; }

    /// <summary>The event's facts (<see cref="PushEventFacts"/>) as JSON.</summary>
    public required string Facts { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
