namespace Media.Users;

/// <summary>Bound from <c>Media:Users</c>.</summary>
public sealed class UsersOptions
{
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The absolute lifetime of a token and of an admin cookie's session (docs/accounts.md §10).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>A session unused for this long ends (docs/accounts.md §10).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a second-factor proof covers sensitive actions (docs/accounts.md §9).</summary>
    public TimeSpan StepUpWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Sign-in attempts (API and admin form) allowed from one source address per <see cref="SignInLimitWindow"/>.
    /// Generous: a newsroom behind one NAT address signs in together at the start of a shift.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int SignInLimitPerAddress { get; set; } = 300;

    /// <summary>Sign-in attempts allowed for one user name, from any address, per <see cref="SignInLimitWindow"/>.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int SignInLimitPerUserName { get; set; } = 10;

    public TimeSpan SignInLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Who must enrol a second factor before doing anything else: comma-separated roles, <c>all</c> or
    /// <c>none</c>. Unset, it is <c>all</c> in Production and <c>none</c> elsewhere (docs/accounts.md §8).</summary>
    public string? RequireSecondFactor { get; set; }

    /// <summary>Whether a user holding <paramref name="roles"/> must have a second factor.</summary>
    public bool SecondFactorRequiredFor(IEnumerable<string> roles)
    {
        var setting = (RequireSecondFactor ?? "none").Trim();
        if (setting.Equals("all", StringComparison.OrdinalIgnoreCase)) return true;
        if (setting.Length == 0 || setting.Equals("none", StringComparison.OrdinalIgnoreCase)) return false;
        var required = setting.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return roles.Any(r => required.Contains(r, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>A password older than this must be changed before anything else (docs/accounts.md §5).</summary>
    public TimeSpan PasswordMaxAge { get; set; } = TimeSpan.FromDays(180);
}
