using Media.Abstractions.Content;

namespace Media.Review.Notifications;

/// <summary>An article waiting for the signed-in reviewer, and for how long it has waited at its stage.</summary>
public sealed record InboxItem(ArticleState Article, DateTimeOffset Since, TimeSpan Waiting);
