using Media.Abstractions.Screening;

namespace Media.Review.Rounds;

/// <summary>What a submit, withdraw, decision or reopen came to; endpoints and pages turn it into their answer.</summary>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, string Detail = "", IDictionary<string, string[]>? Errors = null,
    IReadOnlyList<ScreeningFinding>? Hits = null)
{
    public static readonly ReviewOutcome Done = new(ReviewOutcomeKind.Done);

    public bool Succeeded => Kind == ReviewOutcomeKind.Done;

    public static ReviewOutcome NotFound(Guid id) => new(ReviewOutcomeKind.NotFound, $"No article {id}.");

    public static ReviewOutcome Forbidden(string detail) => new(ReviewOutcomeKind.Forbidden, detail);

    public static ReviewOutcome Conflict(string detail) => new(ReviewOutcomeKind.Conflict, detail);

    public static ReviewOutcome Invalid(string field, string message) =>
        new(ReviewOutcomeKind.Invalid, "One or more fields are invalid.", new Dictionary<string, string[]> { [field] = [message] });
}
