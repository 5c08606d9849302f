using Media.Abstractions.Security;

namespace Media.Abstractions.Admin;

/// <summary>The admin top bar of the current request: every module's <see cref="IAdminMenu"/> entries the signed-in
/// user may use, by order (then text, so equal orders render the same way every time).</summary>
public sealed class AdminNavigation(IEnumerable<IAdminMenu> menus, IPermissionService permissions, ICurrentUser user)
{
    public IReadOnlyList<AdminMenuEntry> Entries()
    {
        if (!user.IsAuthenticated) return [];
        return menus.SelectMany(m => m.GetEntries())
            .Where(e => permissions.HasAny(user.Roles, e.AnyOf))
            .OrderBy(e => e.Order)
            .ThenBy(e => e.Text, StringComparer.Ordinal)
            .ToList();
    }
}
