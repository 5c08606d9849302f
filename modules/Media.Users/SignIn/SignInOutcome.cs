using Media.Users.Data;

namespace Media.Users.SignIn;

public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
}

public sealed record SignInOutcome(SignInStatus Status, MediaUser? User = null, DateTimeOffset? LockedUntil = null);
