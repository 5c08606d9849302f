namespace Media.Abstractions.Content;

/// <summary>What the public may know of an article: published (with its text), retracted (only when, its id and the
/// address it had) or unknown.</summary>
public sealed record PublicArticleLookup(PublicationState State, PublishedArticle? Article, DateTimeOffset? RetractedAt = null,
    Guid? RetractedId = null, string? RetractedUrl = null)
{
    /// <summary>The stored public address of a published or retracted piece.</summary>
    public string? Url => Article?.Url ?? RetractedUrl;

    public Guid? Id => Article?.Id ?? RetractedId;
}
