namespace Media.Users.Data;

/// <summary>One sign-in (a bearer token or an admin cookie), named by the session id in its claims
/// (docs/accounts.md §10). Ended by sign-out, idle time or the absolute lifetime.</summary>
public sealed class UserSession
{
    public required string Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Written at most once a minute, to keep writes low.</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The last second-factor proof in this session (a sign-in with a code or a step-up).</summary>
    public DateTimeOffset? SteppedUpAt { get; set; }
}
