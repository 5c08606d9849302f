using Microsoft.AspNetCore.DataProtection;

namespace Media.Users.Security;

/// <summary>Opaque, time-limited bearer tokens protected with the data-protection keys (kept under AppData).
/// A token only names the user and their security stamp; roles are read from the database on every request.</summary>
internal sealed class AccessTokenFormat(IDataProtectionProvider provider, TimeProvider clock)
{
    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("Media.Users.AccessToken.v1").ToTimeLimitedDataProtector();

    public string Issue(Guid userId, string securityStamp, TimeSpan lifetime) =>
        protector.Protect($"{userId:N}|{securityStamp}", clock.GetUtcNow().Add(lifetime));

    public (Guid UserId, string SecurityStamp)? Read(string token)
    {
        try
        {
            var parts = protector.Unprotect(token).Split('|');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var id) ? (id, parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // tampered, expired or from other keys: simply not a valid token
        }
    }
}
