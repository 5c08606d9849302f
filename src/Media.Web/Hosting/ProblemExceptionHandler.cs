using System.Text.Json;
using Media.Abstractions.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Media.Web.Hosting;

/// <summary>Turns unreadable requests into a 400 naming the field, and anything unexpected into a 500 without
/// internals. Never a stack trace. Only in the Development and Testing environments does a 500 name the exception's
/// type and first line (<c>exception</c>), so a failing test run on CI says what broke without the server's log.</summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger,
    IHostEnvironment environment) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var details = exception is BadHttpRequestException bad ? BadRequest(http, bad) : ServerError(exception);
        http.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    private static ProblemDetails BadRequest(HttpContext http, BadHttpRequestException bad)
    {
        var json = bad.InnerException as JsonException;
        var tooLarge = bad.StatusCode == StatusCodes.Status413PayloadTooLarge;
        var details = new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = tooLarge ? "Too large" : "Malformed request",
            Type = tooLarge ? ProblemTypes.PayloadTooLarge : ProblemTypes.MalformedRequest,
            Detail = tooLarge && JsonBodyLimit.IsJson(http.Request)
                ? JsonBodyLimit.Detail(http.RequestServices.GetRequiredService<JsonBodyLimitSize>().Bytes)
                : json is null ? bad.Message : "The body is not valid JSON for this request: " + FirstLine(json.Message),
        };
        if (json is not null) details.Extensions["errors"] = new Dictionary<string, string[]> { [Field(json.Path)] = [FirstLine(json.Message)] };
        return details;
    }

    private ProblemDetails ServerError(Exception exception)
    {
        LogUnhandled(logger, exception);
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Server error",
            Type = ProblemTypes.ServerError,
            Detail = "Something went wrong on our side. Nothing you sent was partially saved; try again, and tell the administrator if it persists.",
        };
        if (environment.IsDevelopment() || environment.IsEnvironment("Testing")) details.Extensions["exception"] = Describe(exception);
        return details;
    }

    /// <summary>"Type: first line ← InnerType: first line …", innermost last.</summary>
    private static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null && parts.Count < 4; e = e.InnerException)
            parts.Add($"{e.GetType().FullName}: {FirstLine(e.Message)}");
        return string.Join(" ← ", parts);
    }

    /// <summary>"$.tags[2]" → "tags"; "$" or none → "body".</summary>
    private static string Field(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        var field = path.TrimStart('$', '.').Split('.', '[')[0];
        return field.Length == 0 ? "body" : field;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [LoggerMessage(LogLevel.Error, "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
