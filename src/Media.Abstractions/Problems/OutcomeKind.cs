namespace Media.Abstractions.Problems;

/// <summary>How a command ended. Each refusal has one HTTP status (see <see cref="OutcomeProblems"/>).</summary>
public enum OutcomeKind
{
    Done,

    /// <summary>Malformed input, keyed by field: 400.</summary>
    Invalid,
    NotFound,
    Forbidden,

    /// <summary>The state does not allow it (wrong status, a version the caller did not see): 409.</summary>
    Conflict,

    /// <summary>An <c>If-Match</c> that names an older version: 412.</summary>
    PreconditionFailed,

    /// <summary>Well-formed but not acceptable (screening hits, a missing reason): 422.</summary>
    Unprocessable,

    /// <summary>A sensitive action by a user with TOTP whose session has no recent proof: 401 <c>…/step-up-required</c>
    /// (docs/accounts.md §9).</summary>
    StepUpRequired,
}
