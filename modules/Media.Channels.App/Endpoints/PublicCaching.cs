using System.Text.Json;
using Media.Abstractions.Http;
using Microsoft.AspNetCore.Http;

namespace Media.Channels.App.Endpoints;

/// <summary>Strong ETags over the response body itself (so a renamed column or a new cover changes it, not only a
/// new version), <c>If-None-Match</c>, and a short public cache lifetime.</summary>
internal static class PublicCaching
{
    public const string CacheControl = "public, max-age=30";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ETagOf<T>(T body) => EntityTags.OfContent(JsonSerializer.SerializeToUtf8Bytes(body, Json));

    /// <summary>Sets the caching headers and answers whether the client already holds this representation.</summary>
    public static bool Apply(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = CacheControl;
        return EntityTags.IfNoneMatch(http.Request, etag);
    }
}
