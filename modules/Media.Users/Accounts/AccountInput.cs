using System.Text.RegularExpressions;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Users.Data;

namespace Media.Users.Accounts;

internal static partial class AccountInput
{
    [GeneratedRegex(@"^[A-Za-z0-9._\-]+$")]
    private static partial Regex UserNamePattern();

    public static FieldErrors CheckNew(string? userName, string? displayName, string? password, string[]? roles)
    {
        var errors = new FieldErrors()
            .Required("userName", userName, UserLimits.UserName)
            .Required("displayName", displayName, UserLimits.DisplayName)
            .Required("password", password, UserLimits.PasswordMax);
        if (!string.IsNullOrWhiteSpace(userName) && !UserNamePattern().IsMatch(userName.Trim()))
            errors.Add("userName", "Use letters, digits, '.', '_' or '-' only.");
        return CheckRoles(errors, roles);
    }

    public static FieldErrors CheckRoles(FieldErrors errors, string[]? roles)
    {
        if (roles is null || roles.Length == 0) return errors.Add("roles", "Give at least one role.");
        foreach (var role in roles.Where(r => MediaRoles.Canonical(r) is null))
            errors.Add("roles", $"'{role}' is not a role. Roles: {string.Join(", ", MediaRoles.All)}.");
        return errors;
    }

    /// <summary>三员分立 (docs/accounts.md §6): the system administrator and the auditor are different people, and
    /// neither also takes part in the editorial review. Reporter may go with either.</summary>
    public static IReadOnlyList<string> SeparationProblems(IEnumerable<string> roles)
    {
        var set = CanonicalRoles(roles);
        var problems = new List<string>();
        if (set.Contains(MediaRoles.Admin) && set.Contains(MediaRoles.Auditor))
            problems.Add("三员分立：系统管理员与审计员不能由同一人担任。Admin and Auditor cannot be held by the same user.");
        string[] editorial = [MediaRoles.Editor, MediaRoles.ChiefEditor, MediaRoles.Leader];
        foreach (var separate in new[] { MediaRoles.Admin, MediaRoles.Auditor }.Where(set.Contains))
        {
            var clash = editorial.Where(set.Contains).ToList();
            if (clash.Count > 0)
                problems.Add($"三员分立：{RoleLabels.Label(separate)}不能兼任{RoleLabels.Join(clash)}。{separate} cannot be combined with {string.Join(", ", clash)}.");
        }
        return problems;
    }

    public static List<string> CanonicalRoles(IEnumerable<string> roles) =>
        roles.Select(r => MediaRoles.Canonical(r)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
