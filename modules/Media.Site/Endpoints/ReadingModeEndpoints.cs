using Media.Site.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Media.Site.Endpoints;

/// <summary><c>GET /reading-mode?on=1|0&amp;return=/path</c> (docs/architecture.md §8.1): the header's switch between the
/// standard and the large-text mode. A plain form, so it works without JavaScript; it only sets or clears a
/// preference cookie, so it is anonymous and needs no antiforgery token (the cached pages could not carry one).</summary>
internal static class ReadingModeEndpoints
{
    public const string Path = "/reading-mode";

    public static IEndpointRouteBuilder MapReadingMode(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Switch).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Sets (<c>on=1</c>) or clears (any other value) the mode and answers 303 to the local return path.</summary>
    public static IResult Switch(string? on, string? @return, HttpContext http)
    {
        ReadingMode.Remember(http, on == "1");
        http.Response.Headers.CacheControl = "no-store";
        return new RedirectToLocal(ReadingMode.LocalReturn(@return));
    }

    /// <summary>A 303 See Other: the page is fetched again with GET, in the mode just chosen.</summary>
    private sealed class RedirectToLocal(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
