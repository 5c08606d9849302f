using System.Collections.Concurrent;
using Media.WeChat.Sandbox.Callbacks;
using Media.WeChat.Sandbox.State;
using Microsoft.Extensions.Logging;

namespace Media.WeChat.Sandbox.Publishing;

/// <summary>
/// Drives publish jobs from status 1 to their outcome: after the configured delay (on the injected clock),
/// on the Nth poll, or when a test resolves one explicitly. Ending a job pushes PUBLISHJOBFINISH.
/// </summary>
public sealed class PublishScheduler(SandboxState state, TimeProvider time, CallbackPusher pusher,
    ILogger<PublishScheduler> logger) : IDisposable
{
    private const string ArticleLinkBase = "http://mp.weixin.qq.com";

    private readonly ConcurrentDictionary<long, ITimer> _timers = new();

    public SandboxPublish Submit(SandboxDraft draft)
    {
        var now = time.GetUtcNow();
        var job = state.Publishes.Create(draft, now, now + state.Options.PublishDelay);
        if (state.Options.PublishCompletesOnPoll is null)
        {
            _timers[job.PublishId] = time.CreateTimer(_ => Complete(job.PublishId, null), null,
                state.Options.PublishDelay, Timeout.InfiniteTimeSpan);
        }

        return job;
    }

    /// <summary>freepublish/get: counts the poll and ends the job if it is due. Null for an unknown id.</summary>
    public SandboxPublish? Poll(long publishId)
    {
        var job = state.Publishes.RecordPoll(publishId);
        if (job is null || job.IsFinished)
        {
            return job;
        }

        var due = state.Options.PublishCompletesOnPoll is { } poll ? job.Polls >= poll : time.GetUtcNow() >= job.DueAt;
        return due ? Complete(publishId, null) ?? state.Publishes.Find(publishId) : job;
    }

    /// <summary>Ends a job now with the given outcome (the control API); null when it does not exist or already ended.</summary>
    public SandboxPublish? Resolve(long publishId, PublishOutcome outcome) => Complete(publishId, outcome);

    /// <summary>Status 6: the platform banned a published article.</summary>
    public bool Ban(long publishId) => state.Publishes.Ban(publishId);

    public void Dispose()
    {
        foreach (var timer in _timers.Values)
        {
            timer.Dispose();
        }

        _timers.Clear();
    }

    private SandboxPublish? Complete(long publishId, PublishOutcome? explicitOutcome)
    {
        if (_timers.TryRemove(publishId, out var timer))
        {
            timer.Dispose();
        }

        var job = state.Publishes.Find(publishId);
        if (job is null || job.IsFinished)
        {
            return null;
        }

        var outcome = explicitOutcome ?? job.PlannedOutcome ?? DefaultOutcome();
        var done = state.Publishes.TryResolve(publishId, outcome, time.GetUtcNow(), ArticleLinkBase);
        if (done is null)
        {
            return null;
        }

        Log.PublishResolved(logger, done.PublishId, done.AppId, done.Status);
        pusher.Enqueue(done);
        return done;
    }

    private PublishOutcome DefaultOutcome() => state.Options.DefaultPublishStatus switch
    {
        0 => PublishOutcome.Success,
        var status => PublishOutcome.Failed(status, 1),
    };
}
