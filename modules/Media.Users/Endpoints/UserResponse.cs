using Media.Users.Data;

namespace Media.Users.Endpoints;

/// <summary>A user as the API shows it: never the password or its hash.</summary>
public sealed record UserResponse(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles,
    bool IsDisabled, DateTimeOffset CreatedAt)
{
    public static UserResponse From(MediaUser user) =>
        new(user.Id, user.UserName, user.DisplayName, user.RoleNames, user.IsDisabled, user.CreatedAt);
}
