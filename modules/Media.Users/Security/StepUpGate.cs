using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Data;
using Media.Users.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Media.Users.Security;

/// <summary>docs/accounts.md §9: a caller with TOTP confirmed needs a proof (a sign-in with a code, or
/// <c>POST /api/auth/step-up</c>) in their session from the last <see cref="UsersOptions.StepUpWindow"/>.</summary>
internal sealed class StepUpGate(MediaDbContext db, IOptions<UsersOptions> options, TimeProvider clock) : IStepUpGate
{
    public async Task<IResult?> CheckAsync(HttpContext http)
    {
        var identity = UserSessions.Identify(http.User);
        if (identity is null) return null; // not signed in: authorization answers
        var hasTotp = await db.Set<MediaUser>().Where(u => u.Id == identity.Value.UserId)
            .Select(u => u.TotpConfirmedAt != null).SingleOrDefaultAsync(http.RequestAborted);
        if (!hasTotp) return null;
        var proof = await db.Set<UserSession>().Where(s => s.Id == identity.Value.SessionId && s.UserId == identity.Value.UserId)
            .Select(s => s.SteppedUpAt).SingleOrDefaultAsync(http.RequestAborted);
        if (proof is { } at && at + options.Value.StepUpWindow > clock.GetUtcNow()) return null;
        return Problems.Make(StatusCodes.Status401Unauthorized, "Step-up required",
            "请先输入身份验证器中的 6 位动态码确认身份。Confirm with POST /api/auth/step-up { \"otp\" } and try again.",
            ProblemTypes.StepUpRequired);
    }
}
