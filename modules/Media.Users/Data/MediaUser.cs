namespace Media.Users.Data;

public sealed class MediaUser
{
    public Guid Id { get; set; }

    public required string UserName { get; set; }

    /// <summary>Upper-case invariant user name: the unique key, so "Admin" and "admin" are one account.</summary>
    public required string NormalizedUserName { get; set; }

    public required string DisplayName { get; set; }

    public string PasswordHash { get; set; } = "";

    /// <summary>Changes whenever credentials, roles or status change; live sessions carrying an old stamp end.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsDisabled { get; set; }

    public int AccessFailedCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set by an Admin's reset and for a generated bootstrap password: until the user picks their own, a
    /// session may do little else (docs/accounts.md §5).</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the current password was set; null for accounts created before this was recorded (their
    /// <see cref="CreatedAt"/> counts instead).</summary>
    public DateTimeOffset? PasswordChangedAt { get; set; }

    /// <summary>The one session that outlives a stamp change: the session in which the user changed their own
    /// password keeps working, every other one ends. Cleared by any other stamp change.</summary>
    public string? KeptSessionId { get; set; }

    /// <summary>The TOTP secret, encrypted with the data-protection keys (docs/accounts.md §7); set at enrolment,
    /// in force once <see cref="TotpConfirmedAt"/> is set. Never returned after enrolment.</summary>
    public string? TotpSecret { get; set; }

    /// <summary>When the user proved the enrolled secret with a code; from then on sign-in asks for a code.</summary>
    public DateTimeOffset? TotpConfirmedAt { get; set; }

    /// <summary>The RFC 6238 time step of the last accepted code: a code of this step or an earlier one is refused, so
    /// a code works once (docs/accounts.md §7).</summary>
    public long? TotpLastStep { get; set; }

    public bool HasTotp => TotpConfirmedAt is not null;

    /// <summary>Ends every session: tokens and cookies carrying the old stamp stop working.</summary>
    public void RenewStamp()
    {
        SecurityStamp = Guid.NewGuid().ToString("N");
        KeptSessionId = null;
    }

    public List<UserRole> Roles { get; set; } = [];

    public IReadOnlyList<string> RoleNames => Roles.Select(r => r.Role).Order(StringComparer.Ordinal).ToList();

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
