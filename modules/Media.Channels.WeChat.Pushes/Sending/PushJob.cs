using Hangfire;
using Media.Channels.WeChat.Pushes.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Pushes.Sending;

/// <summary>One run of one push's sending (docs/wechat.md §15.6); it books the next run itself while WeChat is not done.
/// Hangfire's own retries are off: tries and the final failure are kept on the push, where the newsroom sees them.</summary>
public sealed partial class PushJob(MediaDbContext db, PushSender sender, PushQueue queue, TimeProvider clock, ILogger<PushJob> logger)
{
    private static readonly TimeSpan ConcurrentRunBackoff = TimeSpan.FromSeconds(1);

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid pushId, CancellationToken cancellationToken)
    {
        var push = await db.Set<Push>().SingleOrDefaultAsync(p => p.Id == pushId, cancellationToken);
        if (push is null || push.Status is not (PushStatuses.Sending or PushStatuses.AwaitingConfirmation)) return;
        if (push.SentAt > clock.GetUtcNow())
        {
            queue.Start(pushId, push.SentAt); // fired early (a restart's resumption): come back at the chosen time
            return;
        }

        PushStep step;
        try
        {
            step = await sender.RunAsync(push, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run of this push saved first, and this one stopped before calling WeChat again. That run may be
            // a dying process's: come back shortly and go on from what was saved (every step is resolved at WeChat first).
            LogConcurrent(logger, pushId);
            queue.Start(pushId, clock.GetUtcNow() + ConcurrentRunBackoff);
            return;
        }

        LogRan(logger, pushId, push.Status);
        if (step.RunAgainAfter is { } wait) queue.Start(pushId, clock.GetUtcNow() + wait);
    }

    [LoggerMessage(LogLevel.Information, "WeChat push {PushId}: {Status}")]
    private static partial void LogRan(ILogger logger, Guid pushId, string status);

    [LoggerMessage(LogLevel.Information, "WeChat push {PushId}: another run saved first, this one comes back later")]
    private static partial void LogConcurrent(ILogger logger, Guid pushId);
}
