using Media.Articles.Data;

namespace Media.Articles.Endpoints;

public sealed record VersionSummary(int Version, string ContentHash, string Title, Guid CreatedBy, string CreatedByName, DateTimeOffset CreatedAt)
{
    public static VersionSummary From(ArticleVersion v) => new(v.Version, v.ContentHash, v.Title, v.CreatedBy, v.CreatedByName, v.CreatedAt);
}

public sealed record VersionResponse(Guid ArticleId, int Version, Guid ColumnId, string Title, string? Subtitle, string? Author,
    string? Source, string? Summary, string Body, Guid? CoverMediaId, IReadOnlyList<string> Tags, string ContentHash,
    Guid CreatedBy, string CreatedByName, DateTimeOffset CreatedAt)
{
    public static VersionResponse From(ArticleVersion v) => new(v.ArticleId, v.Version, v.ColumnId, v.Title, v.Subtitle,
        v.Author, v.Source, v.Summary, v.Body, v.CoverMediaId, v.Tags, v.ContentHash, v.CreatedBy, v.CreatedByName, v.CreatedAt);
}
