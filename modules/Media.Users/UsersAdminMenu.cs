using Media.Abstractions.Admin;

namespace Media.Users;

/// <summary>用户 (the accounts, for Admins and Auditors) and the account page (change one's own password), for every
/// signed-in user.</summary>
internal sealed class UsersAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
    [
        new("用户", "/admin/users", 700, [UsersPermissions.ViewUsers]) { Title = "用户与角色" },
        new("账户", "/admin/account", 950, []) { Title = "修改密码" },
    ];
}
