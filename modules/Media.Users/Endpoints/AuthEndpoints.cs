using System.Globalization;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
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
        app.MapGet("/api/me", Me).RequireAuthorization().WithTags("Authentication").WithName("Me");
        return app;
    }

    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record AccessTokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public sealed record MeResponse(Guid Id, string UserName, string DisplayName, IReadOnlyCollection<string> Roles);

    internal static async Task<Results<Ok<AccessTokenResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, CredentialCheck credentials, AccessTokenFormat tokens, IOptions<UsersOptions> options,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Required("userName", request.UserName, UserLimits.UserName)
            .Required("password", request.Password, UserLimits.PasswordMax);
        if (errors.Any) return Problems.Validation(errors.ToDictionary());

        var outcome = await credentials.CheckAsync(request.UserName!, request.Password!, ct);
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                var lifetime = options.Value.AccessTokenLifetime;
                var token = tokens.Issue(outcome.User!.Id, outcome.User.SecurityStamp, lifetime);
                return TypedResults.Ok(new AccessTokenResponse(token, "Bearer", (int)lifetime.TotalSeconds));
            case SignInStatus.LockedOut:
                var seconds = Math.Max(1, (int)Math.Ceiling((outcome.LockedUntil!.Value - clock.GetUtcNow()).TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Problems.Make(StatusCodes.Status423Locked, "Account locked",
                    $"Too many failed sign-ins. Try again after {outcome.LockedUntil:u}.", ProblemTypes.LockedOut);
            default:
                return Problems.Unauthorized("The user name or password is wrong.");
        }
    }

    internal static Ok<MeResponse> Me(ICurrentUser user) =>
        TypedResults.Ok(new MeResponse(user.Id, user.UserName, user.DisplayName, user.Roles));
}
