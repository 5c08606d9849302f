namespace Media.Abstractions.Problems;

/// <summary>
/// What a desk or the lifecycle did with a command: done, or refused and why. Refusals are returned, never thrown;
/// endpoints turn them into problem details with <see cref="OutcomeProblems.ToProblem"/>, pages into readable text.
/// </summary>
/// <param name="Errors">Messages keyed by field (camelCase), for <see cref="OutcomeKind.Invalid"/> and 422s.</param>
/// <param name="Extensions">Further members of the problem document (e.g. screening <c>hits</c>).</param>
public sealed record Outcome(OutcomeKind Kind, string Detail = "", IDictionary<string, string[]>? Errors = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public static readonly Outcome Done = new(OutcomeKind.Done);

    public bool Succeeded => Kind == OutcomeKind.Done;

    public static Outcome NotFound(string detail) => new(OutcomeKind.NotFound, detail);

    public static Outcome Forbidden(string detail) => new(OutcomeKind.Forbidden, detail);

    public static Outcome Conflict(string detail) => new(OutcomeKind.Conflict, detail);

    public static Outcome StepUpRequired(string detail) => new(OutcomeKind.StepUpRequired, detail);

    public static Outcome PreconditionFailed(string detail) => new(OutcomeKind.PreconditionFailed, detail);

    public static Outcome Invalid(string field, string message) =>
        new(OutcomeKind.Invalid, "One or more fields are invalid.", new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome Invalid(IDictionary<string, string[]> errors) => new(OutcomeKind.Invalid, "One or more fields are invalid.", errors);

    public static Outcome Unprocessable(string detail, IDictionary<string, string[]>? errors = null,
        IReadOnlyDictionary<string, object?>? extensions = null) => new(OutcomeKind.Unprocessable, detail, errors, extensions);

    /// <summary>A 422 naming one field, e.g. a retraction without a reason.</summary>
    public static Outcome Unprocessable(string field, string message, string detail) =>
        new(OutcomeKind.Unprocessable, detail, new Dictionary<string, string[]> { [field] = [message] });
}
