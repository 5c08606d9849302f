using Media.Abstractions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Media.Site.Rendering;

/// <summary>
/// A public document that is not a page — a feed, the sitemap, robots.txt — answered like the pages
/// (<see cref="HtmlPage"/>): tagged with a hash of its bytes, <c>304</c> on a matching <c>If-None-Match</c>, kept a
/// minute by browsers and proxies and in the output cache until evicted. The body is written for HEAD too (the server
/// drops it), since the output cache may store what a HEAD produced and serve it to the next GET.
/// </summary>
internal sealed class SiteDocument(string contentType, byte[] body) : IResult
{
    public string ContentType => contentType;

    public byte[] Body => body;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var etag = EntityTags.OfContent(body);
        var response = httpContext.Response;
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "public, max-age=60";
        headers.ETag = etag;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (EntityTags.IfNoneMatch(httpContext.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
