using System.Text;
using Media.Abstractions.Content;
using Media.Abstractions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Media.Site.Rendering;

/// <summary>
/// A rendered public page. Its ETag is a hash of the bytes, so any change of content, template or stylesheet
/// version changes it; a matching <c>If-None-Match</c> answers 304 here on a cache miss (the output cache answers
/// it on a hit). Browsers and proxies may keep a page a minute; the server's output cache holds it until evicted.
/// A page that must never be served stale (search results) passes <see cref="NoCache"/>.
/// </summary>
internal sealed class HtmlPage(int statusCode, string html, string cacheControl = HtmlPage.PublicMinute) : IResult
{
    /// <summary>The page's policy; <paramref name="imageSources"/> adds the public media base's origin when there is
    /// one (<see cref="PublicMediaUrls.ImageSources"/>, docs/operations.md §8.1).</summary>
    public static string ContentSecurityPolicy(string imageSources) =>
        $"default-src 'self'; img-src {imageSources}; style-src 'self'; script-src 'none'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PublicMinute = "public, max-age=60";
    public const string NoCache = "no-cache";
    public const string VaryHeader = "Accept-Encoding, Cookie";

    public int StatusCode => statusCode;

    public string Html => html;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var body = Encoding.UTF8.GetBytes(html);
        var etag = EntityTags.OfContent(body);
        var response = httpContext.Response;
        var headers = response.Headers;
        var media = httpContext.RequestServices.GetService<PublicMediaUrls>() ?? PublicMediaUrls.SiteServed;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(media.ImageSources);
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = cacheControl;
        headers.ETag = etag;
        // The reading-mode cookie changes the page (docs/architecture.md §8.1): a browser or proxy keeps the copies apart.
        headers.Vary = VaryHeader;
        if (statusCode == StatusCodes.Status200OK && EntityTags.IfNoneMatch(httpContext.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
