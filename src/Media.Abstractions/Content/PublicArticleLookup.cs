namespace Media.Abstractions.Content;

public sealed record PublicArticleLookup(PublicationState State, PublishedArticle? Article, DateTimeOffset? RetractedAt = null);
