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

    public static List<string> CanonicalRoles(IEnumerable<string> roles) =>
        roles.Select(r => MediaRoles.Canonical(r)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
