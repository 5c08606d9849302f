using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Png;

namespace Media.MediaLibrary.Imaging;

/// <summary>
/// Drops every profile and text block an image carries (EXIF with GPS and camera serials, XMP, IPTC, ICC,
/// PNG text, GIF comments) so that no variant repeats them. ICC goes too: keeping it right would mean
/// converting to sRGB first, and nearly every photo uploaded here is sRGB already.
/// </summary>
public static class MetadataScrubber
{
    public static void Scrub(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var metadata = image.Metadata;
        metadata.ExifProfile = null;
        metadata.XmpProfile = null;
        metadata.IptcProfile = null;
        metadata.IccProfile = null;
        metadata.GetPngMetadata().TextData.Clear();
        metadata.GetGifMetadata().Comments.Clear();

        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
            frame.Metadata.IccProfile = null;
        }
    }
}
