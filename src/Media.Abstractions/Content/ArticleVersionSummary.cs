namespace Media.Abstractions.Content;

/// <summary>One saved version: who saved it when, and the hash that reviews and sign-off refer to.</summary>
/// <param name="Byline">The article's own author line (记者), as written in that version.</param>
public sealed record ArticleVersionSummary(
    Guid ArticleId,
    int Version,
    string Title,
    string ContentHash,
    string? Byline,
    Guid SavedBy,
    string SavedByName,
    DateTimeOffset SavedAt);
