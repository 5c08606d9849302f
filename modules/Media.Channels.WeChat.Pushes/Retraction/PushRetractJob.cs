using Hangfire;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Sending;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Retraction;

/// <summary>One run of a push's retraction (docs/wechat.md §15.8); it books the next run itself after a transient failure.
/// Hangfire's own retries are off, as for sending.</summary>
public sealed class PushRetractJob(MediaDbContext db, PushRetractor retractor, PushQueue queue, TimeProvider clock)
{
    private static readonly TimeSpan ConcurrentRunBackoff = TimeSpan.FromSeconds(1);

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid pushId, CancellationToken cancellationToken)
    {
        var push = await db.Set<Push>().SingleOrDefaultAsync(p => p.Id == pushId, cancellationToken);
        if (push is null || push.Status is not (PushStatuses.Retracting or PushStatuses.Sent)) return;
        TimeSpan? wait;
        try
        {
            wait = await retractor.RunAsync(new PushProgress(db, push), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run (or the article's retraction) saved first: go on from what it saved.
            wait = ConcurrentRunBackoff;
        }

        if (wait is { } after) queue.StartRetraction(pushId, clock.GetUtcNow() + after);
    }
}
