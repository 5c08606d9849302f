namespace Media.Abstractions.Content;

/// <summary>A published piece linked from another's page as related (docs/http-api.md §4.14): what a link needs.</summary>
public sealed record RelatedArticle(Guid Id, string Title, string Url, DateTimeOffset PublishedAt);
