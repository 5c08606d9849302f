using System.Text.Json.Serialization;
using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Users.SecondFactor;
using Media.Users.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Users.Endpoints;

/// <summary>TOTP enrolment by the user and its reset by an Admin (docs/accounts.md §7).</summary>
public static class SecondFactorEndpoints
{
    public static IEndpointRouteBuilder MapSecondFactorApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/totp").WithTags("Authentication").RequireAuthorization()
            .WithMetadata(new AllowedWhilePasswordChangeRequiredAttribute());
        me.MapPost("/", EnrolAsync).WithName("EnrolTotp");
        me.MapPost("/confirm", ConfirmAsync).WithName("ConfirmTotp");
        app.MapDelete("/api/users/{id:guid}/totp", ResetAsync).WithTags("Users").WithName("ResetTotp")
            .RequirePermission(UsersPermissions.ManageUsers);
        return app;
    }

    /// <summary>The contract spells it <c>otpauthUri</c>, after the URI scheme.</summary>
    public sealed record TotpEnrolmentResponse(string Secret, [property: JsonPropertyName("otpauthUri")] string OtpAuthUri);

    public sealed record ConfirmTotpRequest(string? Code);

    public sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes);

    internal static async Task<Results<Ok<TotpEnrolmentResponse>, ProblemHttpResult>> EnrolAsync(
        TotpDesk totp, ICurrentUser user, CancellationToken ct)
    {
        var enrolment = await totp.EnrolAsync(user.Id, ct);
        return enrolment.Status switch
        {
            TotpStatus.Done => TypedResults.Ok(new TotpEnrolmentResponse(enrolment.Secret!, enrolment.OtpAuthUri!)),
            TotpStatus.AlreadyEnrolled => Problems.Conflict("两步验证已启用；如需更换，请联系系统管理员重置。A second factor is already set up; an Admin can reset it."),
            _ => Problems.Unauthorized("The account behind this token no longer exists."),
        };
    }

    internal static async Task<Results<Ok<RecoveryCodesResponse>, ValidationProblem, ProblemHttpResult>> ConfirmAsync(
        ConfirmTotpRequest request, TotpDesk totp, ICurrentUser user, CancellationToken ct)
    {
        var errors = new FieldErrors().Required("code", request.Code, 32);
        if (errors.Any) return Problems.Validation(errors.ToDictionary());
        var confirmation = await totp.ConfirmAsync(user.Id, request.Code, ct);
        return confirmation.Status switch
        {
            TotpStatus.Done => TypedResults.Ok(new RecoveryCodesResponse(confirmation.RecoveryCodes!)),
            TotpStatus.WrongCode => Problems.UnprocessableFields(
                new Dictionary<string, string[]> { ["code"] = ["验证码不正确或已过期。The code is wrong or expired."] },
                "The code does not match the secret being enrolled."),
            TotpStatus.NotEnrolled => Problems.Conflict("Start the enrolment first: POST /api/me/totp."),
            TotpStatus.AlreadyEnrolled => Problems.Conflict("A second factor is already set up."),
            _ => Problems.Unauthorized("The account behind this token no longer exists."),
        };
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> ResetAsync(Guid id, TotpDesk totp, CancellationToken ct) =>
        await totp.ResetAsync(id, ct) == TotpStatus.Done ? TypedResults.NoContent() : Problems.NotFound($"No user {id}.");
}
