namespace Media.Abstractions.Events;

/// <summary>Something about to be saved: its handlers run inside the same unit of work and their rows (e.g. audit
/// entries) commit with it or not at all. See docs/architecture.md §4.</summary>
public interface IBeforeSaveEvent;
