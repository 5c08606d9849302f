namespace Media.Abstractions.Security;

/// <summary>The permissions a role gets by default from one module.</summary>
public sealed record RolePermissions(string Role, IReadOnlyList<Permission> Permissions);
