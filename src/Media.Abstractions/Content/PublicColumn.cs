namespace Media.Abstractions.Content;

public sealed record PublicColumn(Guid Id, string Name, string Slug, Guid? ParentId);
