namespace Media.Users;

/// <summary>Bound from <c>Media:Users</c>.</summary>
public sealed class UsersOptions
{
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Sign-in attempts (API and admin form) allowed from one source address per <see cref="SignInLimitWindow"/>.
    /// Generous: a newsroom behind one NAT address signs in together at the start of a shift.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int SignInLimitPerAddress { get; set; } = 300;

    /// <summary>Sign-in attempts allowed for one user name, from any address, per <see cref="SignInLimitWindow"/>.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int SignInLimitPerUserName { get; set; } = 10;

    public TimeSpan SignInLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A password older than this must be changed before anything else (docs/accounts.md §5).</summary>
    public TimeSpan PasswordMaxAge { get; set; } = TimeSpan.FromDays(180);
}
