namespace Media.Channels.WeChat.Pushes.Allowance;

/// <summary>One row per account that has mass-sent: each counted send bumps its revision in the same commit as the push
/// goes to <c>sending</c>, so two sends racing for the last one of the allowance cannot both commit (docs/wechat.md §15.4).</summary>
public sealed class MassSendLock
{
    public Guid ChannelId { get; set; }

    public int Revision { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
