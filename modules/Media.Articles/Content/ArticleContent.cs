namespace Media.Articles.Content;

/// <summary>The editable content of one version: what the content hash covers.</summary>
public sealed record ArticleContent(Guid ColumnId, string Title, string? Subtitle, string? Author, string? Source,
    string? Summary, string Body, Guid? CoverMediaId, IReadOnlyList<string> Tags);
