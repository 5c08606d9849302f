namespace Media.Abstractions.Events;

/// <summary>Something that has been committed: enlisted during a unit of work with <see cref="IAfterCommit"/>, its
/// handlers run once the database transaction committed — never when it rolled back. Starting jobs, evicting caches
/// and indexing belong here. See docs/architecture.md §4.</summary>
public interface IAfterCommitNotification;
