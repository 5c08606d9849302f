using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Media.Abstractions.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Site.Rendering;

/// <summary>
/// Turns each library image of a sanitized article body into a <c>&lt;picture&gt;</c> offering WebP and every width,
/// with the intrinsic size and <c>loading="lazy"</c> (docs/http-api.md §4.14); other images only get
/// <c>loading="lazy"</c>. The body is the sanitizer's serialization, so an image is always <c>&lt;img …&gt;</c> with
/// double-quoted attributes among <c>src</c>, <c>alt</c> and <c>title</c>; what is added is built from the library's
/// own URLs, encoded. Library images not pictured keep their place with the public address (docs/operations.md §8.1).
/// </summary>
internal sealed partial class ResponsiveBody(IServiceProvider services)
{
    /// <summary>The article column is at most 42rem wide (the theme's measure), the full viewport on a phone.</summary>
    public const string Sizes = "(min-width: 44rem) 42rem, 100vw";

    private readonly IResponsiveImages? images = services.GetService<IResponsiveImages>();
    private readonly PublicMediaUrls publicUrls = services.GetService<PublicMediaUrls>() ?? PublicMediaUrls.SiteServed;

    public async Task<string> RewriteAsync(string bodyHtml, CancellationToken cancellationToken)
    {
        var tags = Image().Matches(bodyHtml);
        if (tags.Count == 0) return bodyHtml;
        var sources = tags.Select(t => Source(t.Value)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var found = images is null || sources.Count == 0
            ? new Dictionary<string, ResponsiveImage>()
            : await images.OfUrlsAsync(sources, cancellationToken);
        return Image().Replace(bodyHtml, tag => Source(tag.Value) is { } src && found.TryGetValue(src, out var image)
            ? Picture(tag.Value, image)
            : Lazy(publicUrls.RewriteHtml(tag.Value)));
    }

    private static string? Source(string tag) => Src().Match(tag) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static string Lazy(string tag) => tag.Insert(4, " loading=\"lazy\" decoding=\"async\"");

    private static string Picture(string tag, ResponsiveImage image)
    {
        var alt = Alt().Match(tag) is { Success: true } m ? m.Groups[1].Value : "";
        var html = new StringBuilder("<picture>");
        if (image.WebpSrcset.Length > 0)
            html.Append("<source type=\"image/webp\" srcset=\"").Append(Encode(image.WebpSrcset)).Append("\" sizes=\"").Append(Sizes).Append("\">");
        html.Append("<img src=\"").Append(Encode(image.Url)).Append("\" srcset=\"").Append(Encode(image.Srcset))
            .Append("\" sizes=\"").Append(Sizes).Append("\" width=\"").Append(image.Width).Append("\" height=\"").Append(image.Height)
            .Append("\" alt=\"").Append(alt).Append("\" loading=\"lazy\" decoding=\"async\"></picture>");
        return html.ToString();
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    [GeneratedRegex("<img\\s[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Image();

    [GeneratedRegex("\\ssrc=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Src();

    [GeneratedRegex("\\salt=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Alt();
}
