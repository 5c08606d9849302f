namespace Media.Search.Endpoints;

/// <summary>The list shape of docs/http-api.md §2.4 for search results (docs/http-api.md §4.12).</summary>
public sealed record PublicSearchResponse(IReadOnlyList<PublicSearchItem> Items, int Total, int Page, int PageSize);
