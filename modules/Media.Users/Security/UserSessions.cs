using System.Security.Claims;
using Media.Abstractions.Security;
using Media.Data;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Users.Security;

/// <summary>Turns a (user id, security stamp) pair into a principal built from the database, or nothing when
/// the user is gone, disabled or their stamp changed (roles changed, password reset).</summary>
internal sealed class UserSessions(MediaDbContext db)
{
    public async Task<ClaimsPrincipal?> PrincipalForAsync(Guid userId, string stamp, string scheme, CancellationToken ct)
    {
        var user = await db.Set<MediaUser>().AsNoTracking().Include(u => u.Roles)
            .SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || user.IsDisabled || user.SecurityStamp != stamp) return null;
        return CreatePrincipal(user, scheme);
    }

    public static ClaimsPrincipal CreatePrincipal(MediaUser user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(MediaClaimTypes.UserId, user.Id.ToString()),
            new(MediaClaimTypes.UserName, user.UserName),
            new(MediaClaimTypes.DisplayName, user.DisplayName),
            new(MediaClaimTypes.SecurityStamp, user.SecurityStamp),
        };
        claims.AddRange(user.RoleNames.Select(r => new Claim(MediaClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, MediaClaimTypes.UserName, MediaClaimTypes.Role));
    }

    public static (Guid UserId, string Stamp)? Identify(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(MediaClaimTypes.UserId);
        var stamp = principal.FindFirstValue(MediaClaimTypes.SecurityStamp);
        return Guid.TryParse(id, out var userId) && stamp is not null ? (userId, stamp) : null;
    }
}
