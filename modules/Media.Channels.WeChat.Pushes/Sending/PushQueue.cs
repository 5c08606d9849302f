using Hangfire;

namespace Media.Channels.WeChat.Pushes.Sending;

/// <summary>Starts a push's job in Hangfire's storage, which survives restarts — only ever after the push is committed.</summary>
public sealed class PushQueue(IBackgroundJobClient jobs, TimeProvider clock)
{
    public void Start(Guid pushId, DateTimeOffset? at = null)
    {
        if (at is not { } due || due <= clock.GetUtcNow()) jobs.Enqueue<PushJob>(j => j.RunAsync(pushId, CancellationToken.None));
        else jobs.Schedule<PushJob>(j => j.RunAsync(pushId, CancellationToken.None), due);
    }

    /// <summary>The push's retraction job (docs/wechat.md §15.8).</summary>
    public void StartRetraction(Guid pushId, DateTimeOffset? at = null)
    {
        if (at is not { } due || due <= clock.GetUtcNow()) jobs.Enqueue<Retraction.PushRetractJob>(j => j.RunAsync(pushId, CancellationToken.None));
        else jobs.Schedule<Retraction.PushRetractJob>(j => j.RunAsync(pushId, CancellationToken.None), due);
    }
}
