namespace Media.Screening.Store;

/// <summary>The word list at one version. Version 0 is the empty list before any update.</summary>
public sealed record LexiconSnapshot(int Version, IReadOnlyList<LexiconEntry> Entries, DateTimeOffset? UpdatedAt, string? UpdatedBy);
