namespace Media.Users.Accounts;

public enum PasswordChangeStatus
{
    Changed,
    NotFound,
    WrongPassword,
    LockedOut,
    Invalid,
    Refused,
}

/// <summary>The outcome of a password change or reset: <see cref="Errors"/> for <c>Invalid</c> (a missing field, 400)
/// and <c>Refused</c> (the policy, 422); <see cref="LockedUntil"/> when a wrong current password locked the account.</summary>
public sealed record PasswordChange(PasswordChangeStatus Status, IDictionary<string, string[]>? Errors = null, DateTimeOffset? LockedUntil = null);
