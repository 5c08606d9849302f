using Media.Users.Data;

namespace Media.Users.Accounts;

/// <summary>Either field errors, or the user (null when not found / name taken, as the operation says).
/// <see cref="Refused"/>: the errors are well-formed input the rules refuse (the password policy, 三员分立), a 422
/// rather than a 400.</summary>
/// <see cref="Conflict"/>: the change would leave the state unacceptable (no active Admin left), a 409.
public sealed record AccountResult(MediaUser? User, IDictionary<string, string[]>? Errors = null, bool Refused = false, string? Conflict = null);
