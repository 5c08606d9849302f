namespace Media.Site;

/// <summary><c>Media:Site</c>: how the public site names itself and the address its absolute URLs (canonical,
/// Open Graph) start with.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Media:Site";

    /// <summary>The public address of the site, e.g. <c>https://news.example.gov.cn</c>, without a trailing slash.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string Name { get; set; } = "县融媒体中心";

    /// <summary>How long a page may stay in the output cache without being evicted: a safety net for changes that
    /// raise no event (a column renamed, a cover re-cropped); publish and retract evict at once.</summary>
    public int OutputCacheSeconds { get; set; } = 600;

    /// <summary>The absolute URL of a site-relative path such as <c>/articles/…</c>.</summary>
    public string Absolute(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? path
            : PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');

    internal bool IsValid() =>
        Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrWhiteSpace(Name)
        && OutputCacheSeconds > 0;
}
