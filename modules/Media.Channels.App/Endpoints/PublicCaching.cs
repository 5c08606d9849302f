using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Media.Channels.App.Endpoints;

/// <summary>Strong ETags over the response body itself (so a renamed column or a new cover changes it, not only a
/// new version), <c>If-None-Match</c>, and a short public cache lifetime.</summary>
internal static class PublicCaching
{
    public const string CacheControl = "public, max-age=30";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ETagOf<T>(T body)
    {
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, Json));
        return "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }

    /// <summary>Sets the caching headers and answers whether the client already holds this representation.</summary>
    public static bool Apply(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = CacheControl;
        return Matches(http.Request.Headers.IfNoneMatch.ToString(), etag);
    }

    // If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
    private static bool Matches(string ifNoneMatch, string etag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch)) return false;
        if (!EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags)) return false;
        return tags.Any(t => t.Tag.Equals("*", StringComparison.Ordinal) || t.Tag.Equals(etag, StringComparison.Ordinal));
    }
}
