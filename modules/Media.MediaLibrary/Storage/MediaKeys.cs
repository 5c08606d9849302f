using System.Text.RegularExpressions;
using Media.MediaLibrary.Imaging;

namespace Media.MediaLibrary.Storage;

/// <summary>The storage key layout, and the rule every key follows.</summary>
public static partial class MediaKeys
{
    /// <summary>"originals/ab/abcdef….jpg": the first two hex digits fan the files out over 256 folders.</summary>
    public static string Original(string sha256, MediaFormat format)
    {
        RequireSha256(sha256);
        return $"originals/{sha256[..2]}/{sha256}.{format.Extension()}";
    }

    /// <summary>
    /// "variants/&lt;sha&gt;/thumb.webp"; crops carry their focal point ("square-500x500.jpg") so a new crop gets
    /// a new key and a cached old one is never served under it.
    /// </summary>
    public static string Variant(string sha256, VariantSpec spec, MediaFormat format, FocalPoint? focalPoint)
    {
        RequireSha256(sha256);
        var name = spec.IsCrop ? $"{spec.Name}-{(focalPoint ?? FocalPoint.Centre).ToKeyToken()}" : spec.Name;
        return $"variants/{sha256}/{name}.{format.Extension()}";
    }

    /// <summary>Lower-case segments of [a-z0-9._-] joined by '/', none empty, none starting with a dot (so no "..").</summary>
    public static bool IsValid(string? key) => key is { Length: > 0 and <= 512 } && KeyPattern().IsMatch(key);

    public static bool IsSha256(string? value) => value is { Length: 64 } && Sha256Pattern().IsMatch(value);

    private static void RequireSha256(string sha256)
    {
        if (!IsSha256(sha256))
        {
            throw new ArgumentException("Expected 64 lower-case hex digits.", nameof(sha256));
        }
    }

    [GeneratedRegex("^[a-z0-9_-][a-z0-9._-]*(/[a-z0-9_-][a-z0-9._-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Pattern();
}
