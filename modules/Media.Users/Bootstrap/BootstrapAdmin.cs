using System.Security.Cryptography;
using Media.Abstractions.Auditing;
using Media.Abstractions.Hosting;
using Media.Abstractions.Security;
using Media.Data;
using Media.Users.Accounts;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Media.Users.Bootstrap;

/// <summary>On first start with no users: an <c>admin</c> with <c>MEDIA_ADMIN_PASSWORD</c>, or a random password
/// printed once to the console (stdout, not the log, so it never lands in log storage).</summary>
internal sealed class BootstrapAdmin(MediaDbContext db, UserAccounts accounts, IConfiguration configuration) : IStartupTask
{
    public const string UserName = "admin";

    public int Order => StartupTaskOrder.Bootstrap;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<MediaUser>().AnyAsync(cancellationToken)) return;

        var configured = configuration["MEDIA_ADMIN_PASSWORD"];
        var password = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetString(Alphabet, 20) : configured;
        // A generated password has been on a console: the admin must replace it at first sign-in. One an operator
        // chose and configured is theirs already (docs/accounts.md §5).
        var result = await accounts.CreateAsSystemAsync(UserName, "系统管理员", password, [MediaRoles.Admin],
            mustChangePassword: string.IsNullOrEmpty(configured), cancellationToken);
        if (result.Errors is not null)
            throw new InvalidOperationException("MEDIA_ADMIN_PASSWORD is not acceptable: " +
                string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        if (string.IsNullOrEmpty(configured))
            Console.WriteLine($"Media: created the bootstrap user '{UserName}' with password: {password}  (shown once; you must change it at first sign-in)");
    }

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
}
