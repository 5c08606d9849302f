namespace Media.Distribution.Publishing;

/// <summary><c>POST /api/articles/{id}/publish</c>: the channels (the county site is always included) and an
/// optional future time.</summary>
public sealed record PublishInput(Guid[]? Channels, DateTimeOffset? PublishAt);
