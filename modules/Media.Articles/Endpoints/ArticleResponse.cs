using Media.Articles.Data;

namespace Media.Articles.Endpoints;

public sealed record StageResponse(int Index, string Name, string Role)
{
    public static StageResponse? From(Article a) =>
        a.StageIndex is { } index ? new StageResponse(index, a.StageName ?? "", a.StageRole ?? "") : null;
}

/// <summary>The contract's Article JSON: the article with its current version's content.</summary>
/// <param name="LastReviewComment">Why the last review sent the piece back, for its author; null once resubmitted.</param>
public sealed record ArticleResponse(Guid Id, Guid ColumnId, string Title, string? Subtitle, string? Author, string? Source,
    string? Summary, string Body, Guid? CoverMediaId, IReadOnlyList<string> Tags, string Status, int Version,
    string ContentHash, StageResponse? CurrentStage, Guid CreatedBy, string CreatedByName, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, string? PublishedUrl, int? SignedVersion, string? SignedContentHash, string? LastReviewComment)
{
    public static ArticleResponse From(Article a, ArticleVersion v) =>
        new(a.Id, v.ColumnId, v.Title, v.Subtitle, v.Author, v.Source, v.Summary, v.Body, v.CoverMediaId, v.Tags,
            a.Status, v.Version, v.ContentHash, StageResponse.From(a), a.CreatedBy, a.CreatedByName, a.CreatedAt, a.UpdatedAt,
            a.PublishedUrl, a.SignedVersion, a.SignedContentHash, a.LastReviewComment);
}
