namespace Media.Abstractions.Security;

public static class PermissionServiceExtensions
{
    /// <summary>Whether the roles hold any one of the permissions; an empty list asks for none.</summary>
    public static bool HasAny(this IPermissionService permissions, IEnumerable<string> roles, IReadOnlyList<Permission> anyOf)
    {
        var held = roles as IReadOnlyCollection<string> ?? roles.ToList();
        return anyOf.Count == 0 || anyOf.Any(p => permissions.Has(held, p));
    }
}
