using Media.Users.Data;

namespace Media.Users.SignIn;

public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,

    /// <summary>The password was right, but the user has TOTP and the code was missing or wrong.</summary>
    OtpRequired,
}

public sealed record SignInOutcome(SignInStatus Status, MediaUser? User = null, DateTimeOffset? LockedUntil = null);
