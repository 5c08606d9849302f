namespace Media.Channels.App.Endpoints;

public sealed record PublicColumnResponse(Guid Id, string Name, string Slug);
