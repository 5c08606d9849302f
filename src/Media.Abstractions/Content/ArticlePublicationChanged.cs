using Media.Abstractions.Events;

namespace Media.Abstractions.Content;

/// <summary>Raised after an article was published, scheduled or retracted has been committed: caches of the
/// public site and read API evict it (a retracted piece must be gone within seconds).</summary>
public sealed record ArticlePublicationChanged(Guid ArticleId, Guid ColumnId, string Status) : IDomainEvent;
