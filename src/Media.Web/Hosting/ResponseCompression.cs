using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Media.Web.Hosting;

/// <summary>
/// Brotli and gzip for text responses (HTML, XML and RSS, JSON and problem details, CSS, JavaScript, plain text) when
/// the client asks with <c>Accept-Encoding</c> (docs/http-api.md §4.11). Images are never compressed: their types are
/// not in the list, and JPEG, PNG, WebP and GIF are compressed already.
/// </summary>
internal static class ResponseCompression
{
    private static readonly string[] TextTypes =
        [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "application/problem+json"];

    public static IServiceCollection AddMediaResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            // Over HTTPS too. BREACH needs a secret and attacker-chosen text in one compressed body: the public pages
            // and feeds hold no secret, the admin forms' antiforgery tokens differ in
            // every response (Data Protection encrypts each one anew), so there is no fixed secret to guess at.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = TextTypes;
        });
        // Fastest: pages are compressed on every response (see UseMediaHost), so speed matters more than the last
        // few per cent of size.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
