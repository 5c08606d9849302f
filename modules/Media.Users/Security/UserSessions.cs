using System.Security.Claims;
using Media.Abstractions.Security;
using Media.Data;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Media.Users.Security;

/// <summary>Turns a (user id, security stamp, session) triple into a principal built from the database, or nothing
/// when the user is gone, disabled or their stamp changed (roles changed, password changed or reset) — except for the
/// session in which the user changed their own password, which is kept — or when the session ended (sign-out, idle
/// time, absolute lifetime: docs/accounts.md §10).</summary>
internal sealed class UserSessions(MediaDbContext db, SessionBook book, IOptions<UsersOptions> options, TimeProvider clock)
{
    public async Task<ClaimsPrincipal?> PrincipalForAsync(Guid userId, string stamp, string? sessionId, string scheme, CancellationToken ct)
    {
        var user = await db.Set<MediaUser>().AsNoTracking().Include(u => u.Roles)
            .SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || user.IsDisabled) return null;
        var kept = sessionId is not null && user.KeptSessionId == sessionId;
        if (user.SecurityStamp != stamp && !kept) return null;
        if (!await book.TouchAsync(userId, sessionId, ct)) return null;
        return CreatePrincipal(user, scheme, sessionId ?? "", PasswordChangeRequired(user), SecondFactorRequired(user));
    }

    /// <summary>After an Admin's reset, for a generated bootstrap password, or once the password is older than
    /// <c>Media:Users:PasswordMaxAge</c> (docs/accounts.md §5).</summary>
    public bool PasswordChangeRequired(MediaUser user) =>
        user.MustChangePassword || (user.PasswordChangedAt ?? user.CreatedAt) + options.Value.PasswordMaxAge <= clock.GetUtcNow();

    /// <summary>The user's roles fall under <c>Media:Users:RequireSecondFactor</c> and they have not enrolled yet
    /// (docs/accounts.md §8).</summary>
    public bool SecondFactorRequired(MediaUser user) => !user.HasTotp && options.Value.SecondFactorRequiredFor(user.RoleNames);

    public static ClaimsPrincipal CreatePrincipal(MediaUser user, string scheme, string sessionId, bool passwordChangeRequired,
        bool secondFactorRequired = false)
    {
        var claims = new List<Claim>
        {
            new(MediaClaimTypes.UserId, user.Id.ToString()),
            new(MediaClaimTypes.UserName, user.UserName),
            new(MediaClaimTypes.DisplayName, user.DisplayName),
            new(MediaClaimTypes.SecurityStamp, user.SecurityStamp),
            new(MediaClaimTypes.SessionId, sessionId),
        };
        if (passwordChangeRequired) claims.Add(new Claim(MediaClaimTypes.PasswordChangeRequired, "true"));
        if (secondFactorRequired) claims.Add(new Claim(MediaClaimTypes.SecondFactorRequired, "true"));
        claims.AddRange(user.RoleNames.Select(r => new Claim(MediaClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, MediaClaimTypes.UserName, MediaClaimTypes.Role));
    }

    public static (Guid UserId, string Stamp, string? SessionId)? Identify(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(MediaClaimTypes.UserId);
        var stamp = principal.FindFirstValue(MediaClaimTypes.SecurityStamp);
        var session = principal.FindFirstValue(MediaClaimTypes.SessionId);
        return Guid.TryParse(id, out var userId) && stamp is not null ? (userId, stamp, string.IsNullOrEmpty(session) ? null : session) : null;
    }
}
