using Media.Abstractions.Events;

namespace Media.Abstractions.Content;

/// <summary>After an article was published, scheduled, corrected or retracted and that has been committed: the
/// public site and the read API evict it (a retracted piece must be gone within seconds). The lifecycle enlists it.</summary>
public sealed record ArticlePublicationChanged(Guid ArticleId, Guid ColumnId, string Status) : IAfterCommitNotification;
