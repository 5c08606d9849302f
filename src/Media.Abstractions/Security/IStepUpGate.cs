using Microsoft.AspNetCore.Http;

namespace Media.Abstractions.Security;

/// <summary>Whether the caller has a fresh enough second-factor proof for a sensitive action (docs/accounts.md §9).
/// Implemented by the Users module.</summary>
public interface IStepUpGate
{
    /// <summary>Nothing when the caller may go on; otherwise the <c>401 …/step-up-required</c> problem to answer.</summary>
    Task<IResult?> CheckAsync(HttpContext http);
}
