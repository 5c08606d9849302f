namespace Media.Abstractions.Security;

public sealed record UserSummary(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool IsDisabled);
