namespace Media.Channels.App.Endpoints;

/// <summary>The contract's list shape: <c>{ items, total, page, pageSize }</c>.</summary>
public sealed record PublicArticleList(IReadOnlyList<PublicArticleResponse> Items, int Total, int Page, int PageSize);
