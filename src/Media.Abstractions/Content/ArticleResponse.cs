namespace Media.Abstractions.Content;

/// <summary>The contract's Article JSON: the article with its current version's content (docs/http-api.md). Every
/// endpoint that answers with an article — Articles, Review, Distribution — answers with this type.</summary>
/// <param name="LastReviewComment">Why the last review sent the piece back, for its author; null once resubmitted.</param>
/// <param name="PublishedVersion">The version the public sees; during a correction it differs from <paramref name="Version"/>.</param>
/// <param name="Correction">The open correction (更正), while there is one.</param>
public sealed record ArticleResponse(Guid Id, Guid ColumnId, string Title, string? Subtitle, string? Author, string? Source,
    string? Summary, string Body, Guid? CoverMediaId, IReadOnlyList<string> Tags, string Status, int Version,
    string ContentHash, StageResponse? CurrentStage, Guid CreatedBy, string CreatedByName, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, string? PublishedUrl, int? SignedVersion, string? SignedContentHash, string? LastReviewComment,
    int? PublishedVersion, CorrectionResponse? Correction);
