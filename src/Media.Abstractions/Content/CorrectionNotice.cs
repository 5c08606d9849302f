namespace Media.Abstractions.Content;

/// <summary>A published correction as the public sees it: the dated 更正说明 of an article.</summary>
public sealed record CorrectionNotice(Guid ArticleId, string Title, string Url, string Note, DateTimeOffset PublishedAt,
    int OfVersion, int CorrectedVersion);
