using System.Text.RegularExpressions;
using Media.Abstractions.Content;
using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// Finds the media-library files behind an article's images and reads them for upload. Body images are sent as the
/// library's <c>article</c> JPEG variant (1080 px wide), whatever variant or format the body shows: the library serves
/// every variant of an asset at <c>/media/&lt;sha256&gt;/&lt;variant&gt;.(jpg|webp)</c>, so the sibling is one URL away.
/// </summary>
internal static partial class WeChatMediaReader
{
    /// <summary>Read no more than this into memory; WeChat's own limits (1 MB body images, 10 MB covers) are lower.</summary>
    public const int MaxReadBytes = 10 * 1024 * 1024;

    /// <summary>The site-relative URL to ask the library for: our own absolute URLs lose the site, variants become <c>article.jpg</c>.</summary>
    public static string LibraryUrl(string src, string publicBaseUrl)
    {
        var url = src;
        var site = publicBaseUrl.TrimEnd('/');
        if (site.Length > 0 && url.StartsWith(site + "/", StringComparison.OrdinalIgnoreCase))
        {
            url = url[site.Length..];
        }

        var variant = LibraryVariant().Match(url);
        return variant.Success ? $"/media/{variant.Groups["sha"].Value}/article.jpg" : url;
    }

    /// <summary>The whole file as an upload, or a refusal when it is larger than anything WeChat takes.</summary>
    public static async Task<WeChatImageFile> ReadAsync(MediaFile file, string what, CancellationToken cancellationToken)
    {
        await using (file)
        {
            if (file.Length > MaxReadBytes)
            {
                throw new WeChatDeliveryRefusedException($"{what}过大（超过 10MB），请换一张较小的图片。");
            }

            using var buffer = new MemoryStream(file.Length > 0 ? (int)file.Length : 64 * 1024);
            var chunk = new byte[81920];
            int read;
            while ((read = await file.Content.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxReadBytes)
                {
                    throw new WeChatDeliveryRefusedException($"{what}过大（超过 10MB），请换一张较小的图片。");
                }

                buffer.Write(chunk, 0, read);
            }

            return new WeChatImageFile(string.IsNullOrWhiteSpace(file.FileName) ? "image.jpg" : file.FileName,
                buffer.ToArray());
        }
    }

    [GeneratedRegex("^/media/(?<sha>[0-9a-f]{64})/[a-z0-9][a-z0-9-]{0,80}\\.(jpg|webp)$", RegexOptions.CultureInvariant)]
    private static partial Regex LibraryVariant();
}
