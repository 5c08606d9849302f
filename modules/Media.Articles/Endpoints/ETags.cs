using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Media.Articles.Endpoints;

/// <summary>The ETag of an article is its version: <c>"3"</c>. If-Match accepts <c>"3"</c>, <c>W/"3"</c> or <c>3</c>.</summary>
internal static class ETags
{
    public static void Set(HttpResponse response, int version) =>
        response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static (bool Present, int? Version) ReadIfMatch(HttpRequest request)
    {
        string? raw = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(raw)) return (false, null);
        var value = raw.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        value = value.Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0
            ? (true, version)
            : (true, null);
    }
}
