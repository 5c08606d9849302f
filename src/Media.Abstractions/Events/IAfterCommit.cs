namespace Media.Abstractions.Events;

/// <summary>The unit of work's list of notifications to dispatch once it commits.</summary>
public interface IAfterCommit
{
    void Enlist<TNotification>(TNotification notification)
        where TNotification : IAfterCommitNotification;
}
