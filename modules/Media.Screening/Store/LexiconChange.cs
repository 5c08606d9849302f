namespace Media.Screening.Store;

/// <summary>One version of the word list as its history shows it: who saved it, when, and which words came and went
/// (a changed severity or category adds and removes nothing).</summary>
public sealed record LexiconChange(int Version, int Entries, string By, DateTimeOffset At, IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed);
