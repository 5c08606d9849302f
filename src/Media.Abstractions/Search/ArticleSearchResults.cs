namespace Media.Abstractions.Search;

public sealed record ArticleSearchResults(IReadOnlyList<ArticleSearchHit> Items, int Total, int Page, int PageSize);
