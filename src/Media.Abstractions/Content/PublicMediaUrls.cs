using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Media.Abstractions.Content;

/// <summary>
/// Where the public fetches the media library's variants (docs/operations.md §8.1). Stored bodies and the library keep
/// the site-relative form <c>/media/&lt;sha256&gt;/&lt;file&gt;</c>, which Media always serves; with
/// <c>Media:MediaLibrary:S3:PublicBaseUrl</c> set, what public pages and the read API hand out becomes
/// <c>{PublicBaseUrl}variants/&lt;sha256&gt;/&lt;file&gt;</c> — the variant's storage key under a public bucket or CDN.
/// Originals have no URL either way. The library registers the one instance; without it, <see cref="SiteServed"/>.
/// </summary>
public sealed partial class PublicMediaUrls
{
    public const string ConfigurationKey = "Media:MediaLibrary:S3:PublicBaseUrl";

    /// <summary>The site-relative prefix of every served variant.</summary>
    public const string SitePrefix = "/media/";

    /// <summary>The storage folder of the variants; <c>/media/X</c> is stored under <c>variants/X</c>.</summary>
    public const string VariantsFolder = "variants/";

    private const string SelfImages = "'self' data:";

    /// <summary>What a valid setting looks like, for the start-up check's message.</summary>
    public const string Requirement = ConfigurationKey + " must be an absolute http or https URL without query, " +
        "fragment or user info, such as https://media-cdn.example.cn/ or https://county-media.oss-cn-hangzhou.aliyuncs.com/ " +
        "(docs/operations.md §8.1).";

    /// <summary>No public base: every variant is served through Media (immutable, so shared).</summary>
    public static PublicMediaUrls SiteServed { get; } = new(null);

    /// <param name="publicBaseUrl">Null or empty for none; otherwise an absolute http(s) URL without query or fragment
    /// (a missing trailing <c>/</c> is added).</param>
    public PublicMediaUrls(string? publicBaseUrl)
    {
        if (string.IsNullOrWhiteSpace(publicBaseUrl))
        {
            ImageSources = SelfImages;
            return;
        }
        if (!TryNormalize(publicBaseUrl, out var normalized, out var origin))
            throw new ArgumentException(Requirement, nameof(publicBaseUrl));
        BaseUrl = normalized;
        Origin = origin;
        ImageSources = $"'self' {origin} data:";
    }

    /// <summary>The normalized base (ends with <c>/</c>), or null when variants are served through Media.</summary>
    public string? BaseUrl { get; }

    /// <summary>The base's origin (<c>https://media-cdn.example.cn</c>) for Content-Security-Policy, or null.</summary>
    public string? Origin { get; }

    /// <summary>The <c>img-src</c> sources of a page showing library images: <c>'self'</c>, the base's origin when
    /// there is one, and <c>data:</c>.</summary>
    public string ImageSources { get; }

    /// <summary>Whether <paramref name="value"/> can be a public base URL, and its normalized form and origin.</summary>
    public static bool TryNormalize(string? value, [NotNullWhen(true)] out string? normalized, [NotNullWhen(true)] out string? origin)
    {
        (normalized, origin) = (null, null);
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            return false;
        var path = uri.GetLeftPart(UriPartial.Path);
        normalized = path.EndsWith('/') ? path : path + "/";
        origin = uri.GetLeftPart(UriPartial.Authority);
        return true;
    }

    /// <summary>The public address of a served variant given in its site-relative form; any other URL unchanged.</summary>
    public string Public(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return BaseUrl is not null && VariantUrl().IsMatch(url) ? BaseUrl + VariantsFolder + url[SitePrefix.Length..] : url;
    }

    /// <summary>A sanitized body (double-quoted attributes) with each <c>src="/media/…"</c> of a served variant given
    /// its public address; unchanged when there is no public base.</summary>
    public string RewriteHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return BaseUrl is null ? html : SourceAttribute().Replace(html, m => m.Groups["pre"].Value + Public(m.Groups["url"].Value) + "\"");
    }

    [GeneratedRegex("^/media/[0-9a-f]{64}/[a-z0-9][a-z0-9-]{0,80}\\.(jpg|webp)$", RegexOptions.CultureInvariant)]
    private static partial Regex VariantUrl();

    [GeneratedRegex("(?<pre>\\ssrc=\")(?<url>/media/[0-9a-f]{64}/[a-z0-9][a-z0-9-]{0,80}\\.(jpg|webp))\"", RegexOptions.CultureInvariant)]
    private static partial Regex SourceAttribute();
}
