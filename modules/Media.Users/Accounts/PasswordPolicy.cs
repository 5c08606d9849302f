using Media.Users.Data;
using Microsoft.AspNetCore.Identity;

namespace Media.Users.Accounts;

/// <summary>The password rules of docs/accounts.md §4, for creation, an Admin's reset and a change: at least 12
/// characters with 3 of the 4 classes (lower, upper, digit, symbol) or at least 16 of any kind; not containing the
/// user name; not in the bundled list of common passwords; not one of the user's last 5. Messages are Chinese, then
/// English.</summary>
public sealed class PasswordPolicy(IPasswordHasher<MediaUser> hasher)
{
    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    /// <summary>What is wrong with the password, or nothing. <paramref name="history"/> holds the hashes of the user's
    /// recent passwords (empty for a new user).</summary>
    public IReadOnlyList<string> Check(string password, string userName, MediaUser? user, IEnumerable<string> history)
    {
        var problems = new List<string>();
        if (!LongAndVaried(password))
            problems.Add($"密码至少 {UserLimits.PasswordMin} 位且包含小写字母、大写字母、数字、符号中的三类，或至少 {UserLimits.PasswordAnyKindMin} 位。" +
                $"Use at least {UserLimits.PasswordMin} characters with three of lower case, upper case, digits and symbols, or at least {UserLimits.PasswordAnyKindMin} characters.");
        var name = userName.Trim();
        if (name.Length > 0 && password.Contains(name, StringComparison.OrdinalIgnoreCase))
            problems.Add("密码不能包含用户名。The password must not contain the user name.");
        if (Common.Value.Contains(password.Trim()))
            problems.Add("该密码过于常见，容易被猜中。This password is too common to be safe.");
        if (user is not null && history.Any(h => hasher.VerifyHashedPassword(user, h, password) != PasswordVerificationResult.Failed))
            problems.Add($"不能使用最近 {UserLimits.PasswordHistory} 次用过的密码。The password must differ from your last {UserLimits.PasswordHistory}.");
        return problems;
    }

    private static bool LongAndVaried(string password)
    {
        if (password.Length >= UserLimits.PasswordAnyKindMin) return true;
        if (password.Length < UserLimits.PasswordMin) return false;
        var classes = (password.Any(char.IsLower) ? 1 : 0) + (password.Any(char.IsUpper) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return classes >= 3;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("Media.Users.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim());
        }
        return set;
    }
}
