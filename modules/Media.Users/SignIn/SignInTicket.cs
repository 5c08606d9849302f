using Microsoft.AspNetCore.DataProtection;

namespace Media.Users.SignIn;

/// <summary>Carries "this user's password was right" from the first step of the sign-in form to the code step, for
/// five minutes, without sending the password back to the browser. Bound to the security stamp, so a password
/// change or reset in between voids it (docs/accounts.md §7).</summary>
public sealed class SignInTicket(IDataProtectionProvider provider, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("Media.Users.SignInTicket.v1").ToTimeLimitedDataProtector();

    public string Issue(Guid userId, string securityStamp) =>
        protector.Protect($"{userId:N}|{securityStamp}", clock.GetUtcNow().Add(Lifetime));

    public (Guid UserId, string SecurityStamp)? Read(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket)) return null;
        try
        {
            var parts = protector.Unprotect(ticket).Split('|');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var id) ? (id, parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // tampered or expired: start again with the password
        }
    }
}
