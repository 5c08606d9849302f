using System.Text.Encodings.Web;
using Media.Abstractions.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Media.Users.Security;

/// <summary>Authenticates <c>Authorization: Bearer …</c> against the token format and the live user record;
/// challenges and forbids with problem details.</summary>
internal sealed class MediaBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenFormat tokens,
    UserSessions sessions,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();

        var token = tokens.Read(header[Prefix.Length..].Trim());
        if (token is null) return AuthenticateResult.Fail("The access token is invalid or expired.");

        var principal = await sessions.PrincipalForAsync(token.Value.UserId, token.Value.SecurityStamp, token.Value.SessionId, Scheme.Name, Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("The account behind this token is disabled or its access changed.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteAsync("Unauthorized", "Sign in with POST /api/auth/login and send the token as 'Authorization: Bearer <token>'.", ProblemTypes.Unauthorized);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteAsync("Forbidden", "Your roles do not allow this action.", ProblemTypes.Forbidden);
    }

    private async Task WriteAsync(string title, string detail, string type) =>
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Title = title, Detail = detail, Type = type, Status = Response.StatusCode },
        });
}
