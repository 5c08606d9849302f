using Microsoft.AspNetCore.DataProtection;

namespace Media.Users.Security;

/// <summary>Opaque, time-limited bearer tokens protected with the data-protection keys (kept under AppData).
/// A token only names the user, their security stamp and its session; roles are read from the database on every
/// request.</summary>
internal sealed class AccessTokenFormat(IDataProtectionProvider provider, TimeProvider clock)
{
    private readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("Media.Users.AccessToken.v1").ToTimeLimitedDataProtector();

    public string Issue(Guid userId, string securityStamp, string sessionId, TimeSpan lifetime) =>
        protector.Protect($"{userId:N}|{securityStamp}|{sessionId}", clock.GetUtcNow().Add(lifetime));

    public (Guid UserId, string SecurityStamp, string? SessionId)? Read(string token)
    {
        try
        {
            var parts = protector.Unprotect(token).Split('|');
            return parts.Length is 2 or 3 && Guid.TryParseExact(parts[0], "N", out var id)
                ? (id, parts[1], parts.Length == 3 ? parts[2] : null)
                : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // tampered, expired or from other keys: simply not a valid token
        }
    }

    public static string NewSessionId() => Guid.NewGuid().ToString("N");
}
