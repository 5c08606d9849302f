using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Media.Abstractions.Events;

/// <summary>
/// One per scope (request or job), shared with that scope's DbContext: notifications wait here until the context
/// reports a commit (<see cref="DispatchAsync"/>) or a failure (<see cref="Discard"/>). This is the only place where
/// post-commit work runs.
/// </summary>
public sealed partial class AfterCommitQueue(IServiceProvider services, ILogger<AfterCommitQueue> logger) : IAfterCommit
{
    private readonly List<Func<CancellationToken, Task>> pending = [];

    public int Count => pending.Count;

    public void Enlist<TNotification>(TNotification notification)
        where TNotification : IAfterCommitNotification =>
        pending.Add(ct => RunHandlersAsync(notification, ct));

    public void Discard() => pending.Clear();

    /// <summary>Runs the handlers of every enlisted notification in order. The commit already happened, so a failing
    /// handler is logged and the others still run; the request's cancellation does not stop them.</summary>
    public async Task DispatchAsync()
    {
        while (pending.Count > 0)
        {
            var run = pending[0];
            pending.RemoveAt(0);
            await run(CancellationToken.None);
        }
    }

    private async Task RunHandlersAsync<TNotification>(TNotification notification, CancellationToken ct)
        where TNotification : IAfterCommitNotification
    {
        foreach (var handler in services.GetServices<IAfterCommitHandler<TNotification>>())
        {
            try
            {
                await handler.HandleAsync(notification, ct);
            }
            catch (Exception e)
            {
                LogHandlerFailed(logger, e, handler.GetType().Name, typeof(TNotification).Name);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "After-commit handler {Handler} of {Notification} failed; the commit stands")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, string notification);
}
