namespace Media.Channels.WeChat.Pushes.Sending;

/// <summary>Where one run of a push's job left it: finished (sent or failed), or to be run again after a wait.</summary>
public sealed record PushStep(TimeSpan? RunAgainAfter)
{
    public static readonly PushStep Finished = new((TimeSpan?)null);

    public static PushStep After(TimeSpan wait) => new(wait);
}
