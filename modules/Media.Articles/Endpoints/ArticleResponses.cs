using Media.Abstractions.Content;
using Media.Articles.Data;
using Media.Articles.Lifecycle;

namespace Media.Articles.Endpoints;

/// <summary>Builds the Article JSON (docs/http-api.md §4.3) from the rows.</summary>
public static class ArticleResponses
{
    public static ArticleResponse From(Article a, ArticleVersion v) =>
        new(a.Id, v.ColumnId, v.Title, v.Subtitle, v.Author, v.Source, v.Summary, v.Body, v.CoverMediaId, v.Tags,
            a.Status, v.Version, v.ContentHash, Stage(a), a.CreatedBy, a.CreatedByName, a.CreatedAt, a.UpdatedAt,
            a.PublishedUrl, a.SignedVersion, a.SignedContentHash, a.LastReviewComment, a.PublishedVersion, Correction(a));

    private static StageResponse? Stage(Article a) =>
        a.StageIndex is { } index ? new StageResponse(index, a.StageName ?? "", a.StageRole ?? "") : null;

    private static CorrectionResponse? Correction(Article a) =>
        ArticleStates.CorrectionOf(a) is { } c ? new CorrectionResponse(c.Note, c.OpenedAt, c.OpenedByName, c.OfVersion) : null;
}
