using Media.Abstractions.Problems;
using Media.Review.Rounds;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Media.Review.Endpoints;

/// <summary>A refused review action as the contract's problem details; screening refusals carry <c>hits</c>.</summary>
internal static class ReviewResults
{
    public static ProblemHttpResult Problem(ReviewOutcome outcome) => outcome.Kind switch
    {
        ReviewOutcomeKind.Invalid => Problems.Make(StatusCodes.Status400BadRequest, "Invalid request", outcome.Detail, ProblemTypes.Validation,
            new Dictionary<string, object?> { ["errors"] = outcome.Errors }),
        ReviewOutcomeKind.NotFound => Problems.NotFound(outcome.Detail),
        ReviewOutcomeKind.Forbidden => Problems.Forbidden(outcome.Detail),
        ReviewOutcomeKind.Conflict => Problems.Conflict(outcome.Detail),
        ReviewOutcomeKind.Unprocessable => Problems.Unprocessable(outcome.Detail, Extensions(outcome)),
        _ => throw new InvalidOperationException($"Outcome {outcome.Kind} is not a refusal."),
    };

    private static Dictionary<string, object?> Extensions(ReviewOutcome outcome)
    {
        var extensions = new Dictionary<string, object?>();
        if (outcome.Hits is not null) extensions["hits"] = outcome.Hits;
        if (outcome.Errors is not null) extensions["errors"] = outcome.Errors;
        return extensions;
    }
}
