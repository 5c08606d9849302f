using System.Security.Claims;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Data;
using Media.Users.Data;
using Media.Users.SignIn;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Media.Users.Security;

/// <summary>docs/accounts.md §9: a caller with TOTP confirmed needs a proof (a sign-in with a code, or
/// <c>POST /api/auth/step-up</c>, or the 动态验证码 field of a page's form) in their session from the last
/// <see cref="UsersOptions.StepUpWindow"/>.</summary>
internal sealed class StepUpGate(MediaDbContext db, CredentialCheck credentials, SessionBook sessions, IHttpContextAccessor accessor,
    IOptions<UsersOptions> options, TimeProvider clock) : IStepUpGate
{
    public const string Detail =
        "请先输入身份验证器中的 6 位动态码确认身份。Confirm with POST /api/auth/step-up { \"otp\" } and try again.";

    public async Task<IResult?> CheckAsync(HttpContext http) =>
        await IsDueAsync(http.User, http.RequestAborted)
            ? Problems.Make(StatusCodes.Status401Unauthorized, "Step-up required", Detail, ProblemTypes.StepUpRequired)
            : null;

    public Task<bool> IsDueAsync(CancellationToken ct) => IsDueAsync(Principal, ct);

    public async Task<StepUpAnswer> ProveAsync(string code, CancellationToken ct)
    {
        if (UserSessions.Identify(Principal) is not { } identity) return new StepUpAnswer(StepUpStatus.Refused);
        var outcome = await credentials.CheckCodeAsync(identity.UserId, identity.Stamp, code, ct);
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                await sessions.SteppedUpAsync(identity.UserId, identity.SessionId, ct);
                return new StepUpAnswer(StepUpStatus.Proved);
            case SignInStatus.LockedOut:
                return new StepUpAnswer(StepUpStatus.LockedOut, outcome.LockedUntil);
            default:
                return new StepUpAnswer(StepUpStatus.Refused);
        }
    }

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    private async Task<bool> IsDueAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var identity = UserSessions.Identify(principal);
        if (identity is null) return false; // not signed in: authorization answers
        var hasTotp = await db.Set<MediaUser>().Where(u => u.Id == identity.Value.UserId)
            .Select(u => u.TotpConfirmedAt != null).SingleOrDefaultAsync(ct);
        if (!hasTotp) return false;
        var proof = await db.Set<UserSession>().Where(s => s.Id == identity.Value.SessionId && s.UserId == identity.Value.UserId)
            .Select(s => s.SteppedUpAt).SingleOrDefaultAsync(ct);
        return proof is not { } at || at + options.Value.StepUpWindow <= clock.GetUtcNow();
    }
}
