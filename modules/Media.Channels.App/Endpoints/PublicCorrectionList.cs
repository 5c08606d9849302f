namespace Media.Channels.App.Endpoints;

/// <summary>The list shape of docs/http-api.md §2.4 for corrections: <c>{ items, total, page, pageSize }</c>, newest first.</summary>
public sealed record PublicCorrectionList(IReadOnlyList<PublicCorrectionResponse> Items, int Total, int Page, int PageSize);
