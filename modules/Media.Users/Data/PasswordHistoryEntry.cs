namespace Media.Users.Data;

/// <summary>The hash of a password a user has had, so the last few cannot be chosen again (docs/accounts.md §4).</summary>
public sealed class PasswordHistoryEntry
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string PasswordHash { get; set; }

    public DateTimeOffset SetAt { get; set; }
}
