using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Media.Abstractions.Hosting;

/// <summary>The county site's absolute address (<c>Media:Site:PublicBaseUrl</c>) for everything that leaves the site:
/// share cards, webhooks, WeChat's 阅读原文 link. Modules that need it call <see cref="Register"/>.</summary>
public sealed class PublicSiteAddress
{
    public const string ConfigurationKey = "Media:Site:PublicBaseUrl";
    public const string DefaultBaseUrl = "http://localhost:5080";

    public PublicSiteAddress(string baseUrl)
    {
        if (!TryParse(baseUrl, out var uri))
            throw new InvalidOperationException($"The public base URL must be an absolute http(s) URL (see {ConfigurationKey}).");
        BaseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public string BaseUrl { get; }

    /// <summary>Registers the one instance (idempotent: every module that needs it may call this).</summary>
    public static void Register(IServiceCollection services) =>
        services.TryAddSingleton(sp => From(sp.GetRequiredService<IConfiguration>()));

    public static PublicSiteAddress From(IConfiguration configuration) => new(Configured(configuration));

    /// <summary>Whether the configured address is usable, for a host to check at start rather than at first use.</summary>
    public static bool IsValid(IConfiguration configuration) => TryParse(Configured(configuration), out _);

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

    private static string Configured(IConfiguration configuration) =>
        configuration[ConfigurationKey] is { Length: > 0 } configured ? configured : DefaultBaseUrl;

    private static bool TryParse(string baseUrl, [NotNullWhen(true)] out Uri? uri) =>
        Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out uri) && uri.Scheme is "http" or "https";
}
