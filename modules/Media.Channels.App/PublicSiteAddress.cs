using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Media.Channels.App;

/// <summary>Makes site-relative URLs absolute. The configured one reads <c>Media:Site:PublicBaseUrl</c> straight from
/// configuration, so this module does not depend on the site module's options.</summary>
internal sealed class PublicSiteAddress
{
    public const string ConfigurationKey = "Media:Site:PublicBaseUrl";
    public const string DefaultBaseUrl = "http://localhost:5080";

    public PublicSiteAddress(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"The public base URL must be an absolute http(s) URL (see {ConfigurationKey}).");
        BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public string BaseUrl { get; }

    public static PublicSiteAddress From(IConfiguration configuration) =>
        new(configuration[ConfigurationKey] is { Length: > 0 } configured ? configured : DefaultBaseUrl);

    /// <summary>This base unless <paramref name="baseUrl"/> (e.g. a delivery's) names another one.</summary>
    public PublicSiteAddress Or(string? baseUrl) => string.IsNullOrWhiteSpace(baseUrl) ? this : new PublicSiteAddress(baseUrl);

    public string Absolute(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return url;
        return BaseUrl + (url.StartsWith('/') ? url : "/" + url);
    }

    /// <summary>The article in the public read API (200 while published, 410 once retracted).</summary>
    public string ApiUrlOf(Guid articleId) =>
        $"{BaseUrl}/api/public/articles/{articleId.ToString("D", CultureInfo.InvariantCulture)}";
}
