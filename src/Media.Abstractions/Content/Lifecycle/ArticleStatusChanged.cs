using Media.Abstractions.Events;

namespace Media.Abstractions.Content;

/// <summary>Raised by the lifecycle when an operation of the transition table moves an article (docs/lifecycle.md §3),
/// before the save: a module that keeps its own rows about the article (Review's rounds) brings them along in the same
/// unit of work, without the module that asked for the change knowing about them.</summary>
public sealed record ArticleStatusChanged(Guid ArticleId, string Operation, string From, string To) : IBeforeSaveEvent;
