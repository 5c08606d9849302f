namespace Media.Abstractions.Security;

/// <summary>A named capability a module declares; endpoints require it by name.</summary>
public sealed record Permission(string Name, string Description);
