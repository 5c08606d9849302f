namespace Media.Channels.App.Endpoints;

/// <summary>A published correction (更正) in <c>GET /api/public/corrections</c> (docs/http-api.md §4.9): the article
/// with its current title and absolute page URL, the 更正说明, when it went live, and the version it replaced and the
/// one that replaced it.</summary>
public sealed record PublicCorrectionResponse(Guid ArticleId, string Title, string Url, string Note, DateTimeOffset PublishedAt,
    int OfVersion, int CorrectedVersion);
