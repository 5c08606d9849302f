namespace Media.Search.Endpoints;

/// <summary>One search result: <see cref="Snippet"/> is HTML-escaped text with the matched words in <c>&lt;em&gt;</c>;
/// <see cref="Column"/> is the column's name; <see cref="Url"/> is absolute.</summary>
public sealed record PublicSearchItem(Guid Id, string Title, string Url, string Snippet, DateTimeOffset PublishedAt, string Column);
