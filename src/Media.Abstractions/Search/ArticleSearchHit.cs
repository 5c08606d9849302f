namespace Media.Abstractions.Search;

/// <summary>One search result. <see cref="SnippetHtml"/> is HTML-escaped text with the matched words wrapped in
/// <c>&lt;em&gt;</c>: safe to put into a page as it is.</summary>
public sealed record ArticleSearchHit(Guid Id, string Title, string Url, string SnippetHtml, DateTimeOffset PublishedAt, string Column);
