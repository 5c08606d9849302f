using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Media.Abstractions.Problems;

/// <summary>The one mapping from a refused <see cref="Outcome"/> to problem details (docs/http-api.md §2.2).</summary>
public static class OutcomeProblems
{
    public static ProblemHttpResult ToProblem(this Outcome outcome) => outcome.Kind switch
    {
        OutcomeKind.Invalid => Problems.Make(StatusCodes.Status400BadRequest, "Invalid request", outcome.Detail, ProblemTypes.Validation,
            Extensions(outcome)),
        OutcomeKind.NotFound => Problems.Make(StatusCodes.Status404NotFound, "Not found", outcome.Detail, ProblemTypes.NotFound, Extensions(outcome)),
        OutcomeKind.Forbidden => Problems.Make(StatusCodes.Status403Forbidden, "Forbidden", outcome.Detail, ProblemTypes.Forbidden, Extensions(outcome)),
        OutcomeKind.Conflict => Problems.Make(StatusCodes.Status409Conflict, "Conflict", outcome.Detail, ProblemTypes.Conflict, Extensions(outcome)),
        OutcomeKind.PreconditionFailed => Problems.Make(StatusCodes.Status412PreconditionFailed, "Precondition failed", outcome.Detail,
            ProblemTypes.PreconditionFailed, Extensions(outcome)),
        OutcomeKind.Unprocessable => Problems.Make(StatusCodes.Status422UnprocessableEntity, "Unprocessable", outcome.Detail,
            ProblemTypes.Unprocessable, Extensions(outcome)),
        OutcomeKind.StepUpRequired => Problems.Make(StatusCodes.Status401Unauthorized, "Step-up required", outcome.Detail,
            ProblemTypes.StepUpRequired, Extensions(outcome)),
        _ => throw new InvalidOperationException($"Outcome {outcome.Kind} is not a refusal."),
    };

    /// <summary>The HTTP status a page answers with when it shows the refusal as text.</summary>
    public static int StatusCode(this Outcome outcome) => outcome.Kind switch
    {
        OutcomeKind.Done => StatusCodes.Status200OK,
        OutcomeKind.Invalid => StatusCodes.Status400BadRequest,
        OutcomeKind.NotFound => StatusCodes.Status404NotFound,
        OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
        OutcomeKind.Conflict => StatusCodes.Status409Conflict,
        OutcomeKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        OutcomeKind.StepUpRequired => StatusCodes.Status401Unauthorized,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static Dictionary<string, object?>? Extensions(Outcome outcome)
    {
        if (outcome.Errors is null && outcome.Extensions is null) return null;
        var extensions = new Dictionary<string, object?>();
        foreach (var (key, value) in outcome.Extensions ?? new Dictionary<string, object?>()) extensions[key] = value;
        if (outcome.Errors is not null) extensions["errors"] = outcome.Errors;
        return extensions;
    }
}
