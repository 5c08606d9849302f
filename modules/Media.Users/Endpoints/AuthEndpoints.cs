using System.Globalization;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Users.Accounts;
using Media.Users.Data;
using Media.Users.Security;
using Media.Users.SignIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Media.Users.Endpoints;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Authentication");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().WithName("Login").WithMetadata(new SignInAttemptAttribute())
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/step-up", StepUpAsync).RequireAuthorization().WithName("StepUp");
        auth.MapPost("/logout", LogoutAsync).RequireAuthorization().WithName("Logout")
            .WithMetadata(new AllowedWhilePasswordChangeRequiredAttribute());
        app.MapGet("/api/me", Me).RequireAuthorization().WithTags("Authentication").WithName("Me")
            .WithMetadata(new AllowedWhilePasswordChangeRequiredAttribute());
        app.MapPost("/api/me/password", ChangePasswordAsync).RequireAuthorization().WithTags("Authentication")
            .WithName("ChangeOwnPassword").WithMetadata(new AllowedWhilePasswordChangeRequiredAttribute());
        return app;
    }

    public sealed record LoginRequest(string? UserName, string? Password, string? Otp = null);

    public sealed record StepUpRequest(string? Otp);

    public sealed record AccessTokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public sealed record MeResponse(Guid Id, string UserName, string DisplayName, IReadOnlyCollection<string> Roles,
        bool PasswordChangeRequired);

    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    internal static async Task<Results<Ok<AccessTokenResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, CredentialCheck credentials, AccessTokenFormat tokens, SessionBook sessions,
        IOptions<UsersOptions> options, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Required("userName", request.UserName, UserLimits.UserName)
            .Required("password", request.Password, UserLimits.PasswordMax)
            .MaxLength("otp", request.Otp, 32);
        if (errors.Any) return Problems.Validation(errors.ToDictionary());

        var outcome = await credentials.CheckAsync(request.UserName!, request.Password!, request.Otp, ct);
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                var lifetime = options.Value.AccessTokenLifetime;
                var session = await sessions.StartAsync(outcome.User!, ct);
                var token = tokens.Issue(outcome.User!.Id, outcome.User.SecurityStamp, session, lifetime);
                return TypedResults.Ok(new AccessTokenResponse(token, "Bearer", (int)lifetime.TotalSeconds));
            case SignInStatus.LockedOut:
                return Locked(http, outcome.LockedUntil!.Value, clock);
            case SignInStatus.OtpRequired:
                return Problems.Make(StatusCodes.Status401Unauthorized, "Second factor required",
                    "请输入身份验证器中的 6 位动态码。Send the 6-digit code from the authenticator app (or a recovery code) as \"otp\".",
                    ProblemTypes.OtpRequired);
            default:
                return Problems.Unauthorized("The user name or password is wrong.");
        }
    }

    /// <summary>docs/accounts.md §9: a TOTP or recovery code renews the session's proof. A wrong or reused code is
    /// <c>401 …/otp-required</c> and counts as a failed sign-in.</summary>
    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> StepUpAsync(
        StepUpRequest request, IStepUpGate gate, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors().Required("otp", request.Otp, 32);
        if (errors.Any) return Problems.Validation(errors.ToDictionary());
        if (UserSessions.Identify(http.User) is null) return Problems.Unauthorized("Sign in first.");
        var answer = await gate.ProveAsync(request.Otp!, ct);
        switch (answer.Status)
        {
            case StepUpStatus.Proved:
                return TypedResults.NoContent();
            case StepUpStatus.LockedOut:
                return Locked(http, answer.LockedUntil!.Value, clock);
            default:
                return Problems.Make(StatusCodes.Status401Unauthorized, "Second factor required",
                    "动态码错误或已使用。The code is wrong or was already used; send the current 6-digit code (or a recovery code) as \"otp\".",
                    ProblemTypes.OtpRequired);
        }
    }

    /// <summary>docs/accounts.md §10: ends the caller's session; the token answers 401 from then on.</summary>
    internal static async Task<NoContent> LogoutAsync(SessionBook sessions, ICurrentUser user, HttpContext http, CancellationToken ct)
    {
        await sessions.EndAsync(user.Id, user.DisplayName, http.User.FindFirst(MediaClaimTypes.SessionId)?.Value, ct);
        return TypedResults.NoContent();
    }

    internal static Ok<MeResponse> Me(ICurrentUser user, HttpContext http) =>
        TypedResults.Ok(new MeResponse(user.Id, user.UserName, user.DisplayName, user.Roles,
            http.User.HasClaim(c => c.Type == MediaClaimTypes.PasswordChangeRequired)));

    /// <summary>docs/accounts.md §4: a wrong current password counts as a failed sign-in; the caller's own session
    /// keeps working, every other session of the user ends.</summary>
    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, PasswordDesk passwords, ICurrentUser user, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var session = http.User.FindFirst(MediaClaimTypes.SessionId)?.Value;
        var result = await passwords.ChangeOwnAsync(user.Id, string.IsNullOrEmpty(session) ? null : session,
            request.CurrentPassword, request.NewPassword, ct);
        return result.Status switch
        {
            PasswordChangeStatus.Changed => TypedResults.NoContent(),
            PasswordChangeStatus.Invalid => Problems.Validation(result.Errors!),
            PasswordChangeStatus.Refused => Problems.UnprocessableFields(result.Errors!, "The new password does not meet the password policy."),
            PasswordChangeStatus.LockedOut => Locked(http, result.LockedUntil!.Value, clock),
            PasswordChangeStatus.WrongPassword => Problems.Unauthorized("The current password is wrong."),
            _ => Problems.Unauthorized("The account behind this token no longer exists."),
        };
    }

    private static ProblemHttpResult Locked(HttpContext http, DateTimeOffset until, TimeProvider clock)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling((until - clock.GetUtcNow()).TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.Make(StatusCodes.Status423Locked, "Account locked",
            $"Too many failed sign-ins. Try again after {until:u}.", ProblemTypes.LockedOut);
    }
}
