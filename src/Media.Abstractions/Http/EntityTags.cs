using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Media.Abstractions.Http;

/// <summary>
/// The one way Media writes and reads entity tags. A versioned resource (an article, a media item) is tagged with
/// its version, <c>"3"</c>, and <c>If-Match</c> accepts <c>"3"</c>, <c>W/"3"</c> (proxies that compress weaken
/// tags) or a bare <c>3</c>. A public representation is tagged with a hash of its bytes, and <c>If-None-Match</c>
/// uses the weak comparison (RFC 9110 §13.1.2), so <c>W/"x"</c> matches <c>"x"</c>.
/// </summary>
public static class EntityTags
{
    /// <summary>Hex digits of the SHA-256 a content tag keeps: 128 bits, plenty to tell two bodies apart.</summary>
    public const int ContentHashLength = 32;

    public static string Of(int version) => Quote(version.ToString(CultureInfo.InvariantCulture));

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = Of(version);

    /// <summary>A strong tag over the bytes themselves, so any change of content changes it.</summary>
    public static string OfContent(ReadOnlySpan<byte> content) =>
        Quote(Convert.ToHexStringLower(SHA256.HashData(content))[..ContentHashLength]);

    /// <summary>What the request's <c>If-Match</c> asks for; the caller decides whether it is required.</summary>
    public static IfMatchHeader ReadIfMatch(HttpRequest request)
    {
        string? raw = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(raw)) return IfMatchHeader.Absent;
        var value = raw.Trim();
        if (value == "*") return IfMatchHeader.Any;
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        value = value.Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0
            ? IfMatchHeader.ForVersion(version)
            : IfMatchHeader.Malformed;
    }

    /// <summary>Whether the client already holds <paramref name="etag"/> (or sent <c>*</c>): answer 304.</summary>
    public static bool IfNoneMatch(HttpRequest request, string etag)
    {
        string? raw = request.Headers.IfNoneMatch;
        if (string.IsNullOrWhiteSpace(raw) || !EntityTagHeaderValue.TryParseList([raw], out var tags)) return false;
        return tags.Any(t => t.Tag.Equals("*", StringComparison.Ordinal) || t.Tag.Equals(etag, StringComparison.Ordinal));
    }

    private static string Quote(string opaque) => "\"" + opaque + "\"";
}
