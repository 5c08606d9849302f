namespace Media.Abstractions.Events;

/// <summary>Work after a commit. It runs outside the request's cancellation and must not assume the caller is
/// still there; a failure is logged and does not undo the commit (the delivery sweep covers lost job starts).</summary>
public interface IAfterCommitHandler<in TNotification>
    where TNotification : IAfterCommitNotification
{
    Task HandleAsync(TNotification notification, CancellationToken cancellationToken);
}
