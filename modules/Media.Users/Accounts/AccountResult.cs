using Media.Users.Data;

namespace Media.Users.Accounts;

/// <summary>Either field errors, or the user (null when not found / name taken, as the operation says).</summary>
public sealed record AccountResult(MediaUser? User, IDictionary<string, string[]>? Errors = null);
