using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Media.Abstractions.Problems;

/// <summary>Problem details with Media's stable types, for endpoints returning <c>Results&lt;…&gt;</c>.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        Make(StatusCodes.Status404NotFound, "Not found", detail, ProblemTypes.NotFound);

    public static ProblemHttpResult Conflict(string detail) =>
        Make(StatusCodes.Status409Conflict, "Conflict", detail, ProblemTypes.Conflict);

    public static ProblemHttpResult PreconditionRequired(string detail) =>
        Make(StatusCodes.Status428PreconditionRequired, "Precondition required", detail, ProblemTypes.PreconditionRequired);

    public static ProblemHttpResult PreconditionFailed(string detail) =>
        Make(StatusCodes.Status412PreconditionFailed, "Precondition failed", detail, ProblemTypes.PreconditionFailed);

    public static ProblemHttpResult Forbidden(string detail) =>
        Make(StatusCodes.Status403Forbidden, "Forbidden", detail, ProblemTypes.Forbidden);

    public static ProblemHttpResult Unauthorized(string detail) =>
        Make(StatusCodes.Status401Unauthorized, "Unauthorized", detail, ProblemTypes.Unauthorized);

    public static ProblemHttpResult Unprocessable(string detail, IDictionary<string, object?>? extensions = null) =>
        Make(StatusCodes.Status422UnprocessableEntity, "Unprocessable", detail, ProblemTypes.Unprocessable, extensions);

    /// <summary>A 400 naming the fields at fault (<c>errors: { field: [messages] }</c>).</summary>
    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.ValidationProblem(errors, detail ?? "One or more fields are invalid.",
            type: ProblemTypes.Validation, title: "Invalid request");

    /// <summary>A 422 naming the fields at fault, for input that is well-formed but refers to nothing valid.</summary>
    public static ProblemHttpResult UnprocessableFields(IDictionary<string, string[]> errors, string detail) =>
        Unprocessable(detail, new Dictionary<string, object?> { ["errors"] = errors });

    public static ProblemHttpResult Make(int status, string title, string detail, string type,
        IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, type: type, extensions: extensions);
}
