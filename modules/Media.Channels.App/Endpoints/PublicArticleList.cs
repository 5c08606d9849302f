namespace Media.Channels.App.Endpoints;

/// <summary>The list shape of docs/http-api.md §2.4: <c>{ items, total, page, pageSize }</c>.</summary>
public sealed record PublicArticleList(IReadOnlyList<PublicArticleResponse> Items, int Total, int Page, int PageSize);
