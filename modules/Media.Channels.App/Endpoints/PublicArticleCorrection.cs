namespace Media.Channels.App.Endpoints;

/// <summary>One published correction (更正) in the article JSON (docs/http-api.md §4.9): the 更正说明 and when it went live.</summary>
public sealed record PublicArticleCorrection(string Note, DateTimeOffset PublishedAt);
