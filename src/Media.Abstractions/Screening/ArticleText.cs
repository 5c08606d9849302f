namespace Media.Abstractions.Screening;

/// <summary>The screened fields of an article version, as Markdown source.</summary>
public sealed record ArticleText(string Title, string? Subtitle, string? Summary, string Body);
