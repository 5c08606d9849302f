namespace Media.Screening;

/// <summary>One word of the county's word list (敏感词表), as an Admin maintains it.</summary>
public sealed record LexiconEntry(string Word, string Category, ScreeningSeverity Severity, string? Note = null);
