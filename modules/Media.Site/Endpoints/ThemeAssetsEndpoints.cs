using Media.Abstractions.Http;
using Media.Site.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Media.Site.Endpoints;

/// <summary>The theme's stylesheet, embedded in the theme assembly; the URL's <c>?v=</c> changes with its content.</summary>
internal static class ThemeAssetsEndpoints
{
    public static IEndpointRouteBuilder MapThemeAssets(this IEndpointRouteBuilder app)
    {
        // HEAD as well as GET, as everywhere on the site (docs/http-api.md §4.11).
        app.MapMethods(ThemeStylesheet.Path, [HttpMethods.Get, HttpMethods.Head], Stylesheet).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static IResult Stylesheet(HttpContext http, ThemeStylesheet stylesheet)
    {
        var headers = http.Response.Headers;
        // Only the current version may be kept for a year; any other ?v= (or none) is revalidated.
        headers.CacheControl = http.Request.Query["v"] == stylesheet.Version ? "public, max-age=31536000, immutable" : "public, max-age=300";
        headers.ETag = stylesheet.ETag;
        if (EntityTags.IfNoneMatch(http.Request, stylesheet.ETag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(stylesheet.Content, "text/css; charset=utf-8");
    }
}
