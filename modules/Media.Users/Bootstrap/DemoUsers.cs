using Media.Abstractions.Hosting;
using Media.Abstractions.Security;
using Media.Users.Accounts;

namespace Media.Users.Bootstrap;

/// <summary>Development demo: one user per newsroom role, printed with their password.</summary>
internal sealed class DemoUsers(UserAccounts accounts, IUserDirectory directory) : IStartupTask
{
    public const string Password = "media-demo-2026";

    private static readonly (string UserName, string DisplayName, string Role)[] People =
    [
        ("reporter", "记者 王小明", MediaRoles.Reporter),
        ("reporter2", "记者 李娜", MediaRoles.Reporter),
        ("editor", "编辑 张伟 (初审)", MediaRoles.Editor),
        ("chief", "值班主编 刘洋 (复审)", MediaRoles.ChiefEditor),
        ("leader", "总编辑 陈静 (终审)", MediaRoles.Leader),
        ("auditor", "纪检 赵强", MediaRoles.Auditor),
    ];

    public int Order => StartupTaskOrder.Bootstrap + 1;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await directory.FindByUserNameAsync(People[0].UserName, cancellationToken) is not null) return;
        Console.WriteLine("Media demo users (password for all: " + Password + "):");
        foreach (var (userName, displayName, role) in People)
        {
            await accounts.CreateAsSystemAsync(userName, displayName, Password, [role], mustChangePassword: false, cancellationToken);
            Console.WriteLine($"  {userName,-10} {role,-12} {displayName}");
        }
    }
}
