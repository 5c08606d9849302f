namespace Media.Abstractions.Problems;

/// <summary>
/// What a desk or the lifecycle did with a command: done, or refused and why. Refusals are returned, never thrown;
/// endpoints turn them into problem details with <see cref="OutcomeProblems.ToProblem"/>, pages into readable text.
/// The desk words each refusal twice in one place: <paramref name="Detail"/> in English for the API's problem details
/// (unchanged, the contract's tests rely on it) and, with <see cref="Says"/>, <paramref name="Message"/> in the
/// newsroom's Chinese for the pages (<see cref="OutcomeText.ForPeople"/>, docs/admin-ui.md §13).
/// </summary>
/// <param name="Errors">Messages keyed by field (camelCase), for <see cref="OutcomeKind.Invalid"/> and 422s.</param>
/// <param name="Extensions">Further members of the problem document (e.g. screening <c>hits</c>).</param>
/// <param name="Message">What a page shows a person, in Chinese, naming states by their labels; null leaves the page to
/// the generic sentence of <see cref="Kind"/>.</param>
public sealed record Outcome(OutcomeKind Kind, string Detail = "", IDictionary<string, string[]>? Errors = null,
    IReadOnlyDictionary<string, object?>? Extensions = null, string? Message = null)
{
    public static readonly Outcome Done = new(OutcomeKind.Done);

    public bool Succeeded => Kind == OutcomeKind.Done;

    /// <summary>The same refusal with the Chinese sentence pages show (the API's <see cref="Detail"/> stays as it is).</summary>
    public Outcome Says(string message) => this with { Message = message };

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
