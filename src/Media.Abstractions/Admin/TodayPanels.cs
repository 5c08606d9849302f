using Media.Abstractions.Security;

namespace Media.Abstractions.Admin;

/// <summary>The 今日 panels of the current request: every registered <see cref="TodayPanel"/> the signed-in user may
/// see, by order (then component name, so equal orders render the same way every time).</summary>
public sealed class TodayPanels(IEnumerable<TodayPanel> panels, IPermissionService permissions, ICurrentUser user)
{
    public IReadOnlyList<TodayPanel> Visible()
    {
        if (!user.IsAuthenticated) return [];
        return panels
            .Where(p => permissions.HasAny(user.Roles, p.AnyOf))
            .OrderBy(p => p.Order)
            .ThenBy(p => p.Component.FullName, StringComparer.Ordinal)
            .ToList();
    }
}
