using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Users.Security;

/// <summary>While a user must change their password (docs/accounts.md §5), or must still enrol a second factor
/// (docs/accounts.md §8, problem <c>…/second-factor-required</c>), their session works only for what is marked
/// <see cref="AllowedWhilePasswordChangeRequiredAttribute"/>: any other endpoint that needs a signed-in user answers
/// <c>403</c> with a <c>…/password-change-required</c> problem on the API, and the admin pages send the browser to
/// the account page to change it. Anonymous endpoints (the public site and read API) are not affected.</summary>
internal static class PasswordChangeGate
{
    public const string AccountPage = "/admin/account";

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (!Applies(http))
            {
                await next(http);
                return;
            }
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                var password = http.User.HasClaim(c => c.Type == MediaClaimTypes.PasswordChangeRequired);
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status403Forbidden,
                        Title = password ? "Password change required" : "Second factor required",
                        Detail = password
                            ? "请先修改密码。Change your password first: POST /api/me/password { currentPassword, newPassword }."
                            : "请先启用两步验证。Set up a second factor first: POST /api/me/totp, then POST /api/me/totp/confirm { code }.",
                        Type = password ? ProblemTypes.PasswordChangeRequired : ProblemTypes.SecondFactorRequired,
                    },
                });
                return;
            }
            var back = http.Request.Path + http.Request.QueryString;
            http.Response.Redirect($"{AccountPage}?returnUrl={Uri.EscapeDataString(back)}");
        });

    private static bool Applies(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true
            || !http.User.HasClaim(c => c.Type is MediaClaimTypes.PasswordChangeRequired or MediaClaimTypes.SecondFactorRequired))
            return false;
        var metadata = http.GetEndpoint()?.Metadata;
        if (metadata is null) return false;
        if (metadata.GetMetadata<AllowedWhilePasswordChangeRequiredAttribute>() is not null) return false;
        if (metadata.GetMetadata<IAllowAnonymous>() is not null) return false;
        return metadata.GetMetadata<IAuthorizeData>() is not null || http.Request.Path.StartsWithSegments("/admin");
    }
}
