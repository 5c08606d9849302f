using Media.Abstractions.Security;

namespace Media.Users;

public sealed class UsersPermissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new(nameof(ManageUsers), "Create users, change their roles, disable them");
    public static readonly Permission ViewUsers = new(nameof(ViewUsers), "See the list of users and their roles");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ViewUsers];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Admin, [ManageUsers, ViewUsers]),
        new(MediaRoles.Auditor, [ViewUsers]),
    ];
}
