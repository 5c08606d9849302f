using Media.Abstractions.Admin;

namespace Media.Users;

/// <summary>The account page (change one's own password), for every signed-in user.</summary>
internal sealed class UsersAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
    [
        new("账户 Account", "/admin/account", 950, []) { Title = "修改密码 Change your password" },
    ];
}
