using Microsoft.AspNetCore.Http;

namespace Media.Abstractions.Security;

/// <summary>Whether the caller has a fresh enough second-factor proof for a sensitive action (docs/accounts.md §9).
/// Implemented by the Users module.</summary>
public interface IStepUpGate
{
    /// <summary>Nothing when the caller may go on; otherwise the <c>401 …/step-up-required</c> problem to answer.</summary>
    Task<IResult?> CheckAsync(HttpContext http);

    /// <summary>Whether the signed-in user of this request must prove again before a sensitive action: they have TOTP
    /// and their session holds no proof from the last window. Pages show the 动态验证码 field when it is.</summary>
    Task<bool> IsDueAsync(CancellationToken ct);

    /// <summary>Checks a code typed into a page's form as <c>POST /api/auth/step-up</c> does: each code once, a wrong one
    /// counted as a failed sign-in; a right one is recorded as this session's proof.</summary>
    Task<StepUpAnswer> ProveAsync(string code, CancellationToken ct);
}

public enum StepUpStatus
{
    Proved,

    /// <summary>Wrong, already used, or nobody signed in with TOTP to check it against.</summary>
    Refused,
    LockedOut,
}

public sealed record StepUpAnswer(StepUpStatus Status, DateTimeOffset? LockedUntil = null);
