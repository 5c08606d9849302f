using System.Text.RegularExpressions;
using Media.Abstractions.Content;
using Media.MediaLibrary.Storage;

namespace Media.MediaLibrary.Endpoints;

/// <summary>
/// Public URLs of variants: storage key <c>variants/&lt;sha&gt;/thumb.webp</c> is served at <c>/media/&lt;sha&gt;/thumb.webp</c>.
/// Only the <c>variants/</c> tree has URLs; originals (which keep EXIF, GPS included) have none.
/// </summary>
public static partial class MediaUrls
{
    public const string Prefix = "/media";
    private const string VariantsFolder = PublicMediaUrls.VariantsFolder;

    public static string ForVariantKey(string key) =>
        key.StartsWith(VariantsFolder, StringComparison.Ordinal)
            ? $"{Prefix}/{key[VariantsFolder.Length..]}"
            : throw new ArgumentException($"'{key}' is not a variant key; only variants are served.", nameof(key));

    /// <summary>The storage key for a requested file, or null when the request cannot name a variant.</summary>
    public static string? VariantKey(string sha256, string file)
    {
        if (!MediaKeys.IsSha256(sha256) || !VariantFile().IsMatch(file)) return null;
        var key = VariantsFolder + sha256 + "/" + file;
        return MediaKeys.IsValid(key) ? key : null;
    }

    /// <summary>"thumb.jpg", "square-250x800.webp": variants are only ever JPEG or WebP.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,80}\\.(jpg|webp)$", RegexOptions.CultureInvariant)]
    private static partial Regex VariantFile();
}
