using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Users.Security;

/// <summary>Re-reads the user behind an admin cookie on every request, so a disabled user or a role change
/// takes effect at once rather than when the cookie expires.</summary>
internal static class CookieSessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var identity = context.Principal is null ? null : UserSessions.Identify(context.Principal);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        var fresh = identity is null
            ? null
            : await sessions.PrincipalForAsync(identity.Value.UserId, identity.Value.Stamp, identity.Value.SessionId, MediaAuthSchemes.Cookie, context.HttpContext.RequestAborted);
        if (fresh is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(MediaAuthSchemes.Cookie);
            return;
        }
        context.ReplacePrincipal(fresh);
    }
}
