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
/// compressed, and the value of each of <see cref="VaryByCookies"/> varies it too. A page (200) and a retraction
/// notice (410) are stored; a 404 is not, so unknown ids cannot fill the cache.
/// </summary>
internal sealed class SitePagePolicy(IOptions<SiteOptions> options) : IOutputCachePolicy
{
    public const string Name = "site-page";

    /// <summary>Cookies a page's rendering reads (a reader's display preference): each stored page is for one value of
    /// each, absent counting as a value. Keep it to cookies with a few known values, or the cache fills with copies.</summary>
    public static readonly IReadOnlyList<string> VaryByCookies = [];

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
        foreach (var cookie in VaryByCookies)
            context.CacheVaryByRules.VaryByValues[cookie] = context.HttpContext.Request.Cookies[cookie] ?? "";
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.OutputCacheSeconds);
        context.Tags.Add(SiteCacheTags.Site);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var storable = response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status410Gone
            && !response.Headers.ContainsKey(HeaderNames.SetCookie);
        if (!storable) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
