namespace Media.Abstractions.Content;

/// <summary>A published article as a sitemap lists it: where it is and when it last changed for readers — its
/// first publication, or the latest published correction (更正) of it.</summary>
public sealed record PublishedEntry(Guid Id, Guid ColumnId, string Url, DateTimeOffset PublishedAt, DateTimeOffset LastModified);
