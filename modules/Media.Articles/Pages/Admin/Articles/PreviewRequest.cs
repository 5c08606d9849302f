namespace Media.Articles.Pages.Admin.Articles;

/// <summary>The editor's unsaved fields, sent for a live preview.</summary>
public sealed record PreviewRequest(string? Title, string? Subtitle, string? Author, string? Source, string? Summary, string? Body);
