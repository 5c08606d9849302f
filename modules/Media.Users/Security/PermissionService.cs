using System.Security.Claims;
using Media.Abstractions.Security;

namespace Media.Users.Security;

/// <summary>The role → permission map, as declared by every module's <see cref="IPermissionProvider"/>.</summary>
internal sealed class PermissionService : IPermissionService
{
    private readonly Dictionary<string, HashSet<string>> byRole = new(StringComparer.Ordinal);

    public PermissionService(IEnumerable<IPermissionProvider> providers)
    {
        foreach (var grant in providers.SelectMany(p => p.GetDefaultRoles()))
        {
            if (!byRole.TryGetValue(grant.Role, out var set)) byRole[grant.Role] = set = new(StringComparer.Ordinal);
            set.UnionWith(grant.Permissions.Select(p => p.Name));
        }
        Known = providers.SelectMany(p => p.GetPermissions()).ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Permission> Known { get; }

    public bool Has(ClaimsPrincipal user, Permission permission) =>
        user.Identity?.IsAuthenticated == true && Has(user.FindAll(MediaClaimTypes.Role).Select(c => c.Value), permission);

    public bool Has(IEnumerable<string> roles, Permission permission) =>
        roles.Any(r => byRole.TryGetValue(r, out var set) && set.Contains(permission.Name));
}
