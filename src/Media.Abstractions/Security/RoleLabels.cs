namespace Media.Abstractions.Security;

/// <summary>The newsroom's words for the six roles (docs/admin-ui.md §7): pages show these, never the codes.</summary>
public static class RoleLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        [MediaRoles.Reporter] = "记者",
        [MediaRoles.Editor] = "编辑",
        [MediaRoles.ChiefEditor] = "主编",
        [MediaRoles.Leader] = "领导",
        [MediaRoles.Admin] = "管理员",
        [MediaRoles.Auditor] = "审计员",
    };

    /// <summary>The Chinese name of a role; an unknown code is returned as it is.</summary>
    public static string Label(string role) => Labels.TryGetValue(role, out var label) ? label : role;

    public static string Join(IEnumerable<string> roles) => string.Join("、", roles.Select(Label));
}
