namespace Media.Channels.App.Endpoints;

/// <summary>A published article as the county app reads it. <see cref="BodyHtml"/> is rendered and sanitized;
/// <see cref="Cover"/> maps variant names to absolute URLs; <see cref="Url"/> is its absolute page on the site;
/// <see cref="Corrections"/> are its published corrections, oldest first (empty when it was never corrected).</summary>
public sealed record PublicArticleResponse(
    Guid Id,
    Guid ColumnId,
    PublicColumnResponse Column,
    string Title,
    string? Subtitle,
    string? Author,
    string? Source,
    string? Summary,
    string BodyHtml,
    IReadOnlyDictionary<string, string>? Cover,
    IReadOnlyList<string> Tags,
    int Version,
    string ContentHash,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    string Url,
    IReadOnlyList<PublicArticleCorrection> Corrections);
