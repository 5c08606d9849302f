namespace Media.Abstractions.Content;

/// <summary>An article as the public sees it: the published version, rendered and sanitized.</summary>
public sealed record PublishedArticle(
    Guid Id,
    Guid ColumnId,
    string ColumnName,
    string ColumnSlug,
    string Title,
    string? Subtitle,
    string? Author,
    string? Source,
    string? Summary,
    string BodyHtml,
    Guid? CoverMediaId,
    IReadOnlyList<string> Tags,
    int Version,
    string ContentHash,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    string Url);
