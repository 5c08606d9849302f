namespace Media.Abstractions.Content;

/// <param name="ColumnId">The version's column: the web preview shows the piece in it as the site would; null for the
/// editor's unsaved fields.</param>
public sealed record ArticlePreviewSource(Guid ArticleId, int Version, string Title, string? Subtitle, string? Author,
    string? Source, string? Summary, string Body, Guid? CoverMediaId, IReadOnlyList<string> Tags, Guid? ColumnId = null);
