namespace Media.Users.Data;

/// <summary>One of the ten recovery codes given at TOTP confirmation, kept only as a hash; usable once in place of a
/// code (docs/accounts.md §7).</summary>
public sealed class RecoveryCode
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>SHA-256 of the normalized code, hex.</summary>
    public required string CodeHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
