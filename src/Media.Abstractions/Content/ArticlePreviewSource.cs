namespace Media.Abstractions.Content;

public sealed record ArticlePreviewSource(Guid ArticleId, int Version, string Title, string? Subtitle, string? Author,
    string? Source, string? Summary, string Body, Guid? CoverMediaId, IReadOnlyList<string> Tags);
