using Media.Site.Reading;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Media.Site.Caching;

/// <summary>
/// Public pages are the same for every visitor, so they are cached whatever cookies or credentials a request
/// carries (the admin's session cookie must not turn caching off). Only the <c>page</c> query varies a page; any
/// other query is ignored, so random query strings cannot bypass the cache. The cache sits outside response
/// compression, so a page is stored once per <c>Accept-Encoding</c> as sent (browsers send a handful of spellings),
/// compressed. A page (200) and a retraction notice (410) are stored; a 404 is not, so unknown ids cannot fill the
/// cache. The one exception to "the same for every visitor" is the reader's own 大字模式 (<see cref="ReadingMode"/>):
/// a large-text page is stored apart, under an extra key value, so it never reaches a reader in the standard mode;
/// the standard pages keep the plain key.
/// </summary>
internal sealed class SitePagePolicy(IOptions<SiteOptions> options) : IOutputCachePolicy
{
    public const string Name = "site-page";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var method = context.HttpContext.Request.Method;
        var cacheable = options.Value.OutputCache && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "page";
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        if (ReadingMode.IsLarge(context.HttpContext.Request)) context.CacheVaryByRules.VaryByValues[ReadingMode.CookieName] = ReadingMode.Large;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.OutputCacheSeconds);
        context.Tags.Add(SiteCacheTags.Site);
        return ValueTask.CompletedTask;
    }

    /// <summary>A stored page answered: the node may copy it (<see cref="PageSnapshots"/>).</summary>
    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.AllowCacheStorage) MarkStorable(context.HttpContext);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var storable = response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status410Gone
            && !response.Headers.ContainsKey(HeaderNames.SetCookie);
        if (!storable) context.AllowCacheStorage = false;
        else if (context.AllowCacheStorage) MarkStorable(context.HttpContext);
        return ValueTask.CompletedTask;
    }

    private static void MarkStorable(HttpContext http)
    {
        if (http.Features.Get<PageSnapshotCapture>() is { } capture) capture.Storable = true;
    }
}
