using Media.Abstractions.Events;

namespace Media.Abstractions.Content;

/// <summary>Raised when a new version of an article is about to be saved; handlers join the same unit of work.</summary>
/// <param name="RestoredFrom">The earlier version whose content this one restores, when it is a restore.</param>
public sealed record ArticleVersionSaved(Guid ArticleId, int Version, string ContentHash, bool IsNewArticle, string Title, Guid ColumnId,
    int? RestoredFrom = null) : IBeforeSaveEvent;
