using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Media.MediaLibrary.Imaging;

/// <summary>
/// Reads headers and pixels with the decoder of the sniffed format only, so a file can never be handed
/// to a decoder for something it did not claim to be by its first bytes.
/// </summary>
internal static class ImageDecoders
{
    /// <summary>Header only: size after EXIF orientation, without decoding pixels.</summary>
    public static Size IdentifyOrientedSize(Configuration configuration, Stream stream, MediaFormat format, CancellationToken cancellationToken)
    {
        var info = ((IImageInfoDetector)Create(format)).Identify(configuration, stream, cancellationToken)
            ?? throw new InvalidImageContentException("The image header could not be read.");
        var orientation = info.Metadata.ExifProfile?.GetValue(ExifTag.Orientation)?.Value ?? 1;

        // Orientations 5 to 8 turn the picture by a quarter: width and height trade places.
        return orientation is >= 5 and <= 8 ? new Size(info.Height, info.Width) : new Size(info.Width, info.Height);
    }

    /// <summary>Decodes (a GIF's first frame only), applies EXIF orientation, then strips all metadata.</summary>
    public static Image<Rgba32> LoadForVariants(Configuration configuration, Stream stream, MediaFormat format, CancellationToken cancellationToken)
    {
        var image = ((IImageDecoder)Create(format)).Decode<Rgba32>(configuration, stream, cancellationToken);
        try
        {
            while (image.Frames.Count > 1)
            {
                image.Frames.RemoveFrame(image.Frames.Count - 1);
            }

            image.Mutate(x => x.AutoOrient());
            MetadataScrubber.Scrub(image);
            return image;
        }
        catch
        {
            image.Dispose();
            throw;
        }
    }

    private static object Create(MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => new JpegDecoder(),
        MediaFormat.Png => new PngDecoder(),
        MediaFormat.Gif => new GifDecoder { DecodingMode = FrameDecodingMode.First },
        MediaFormat.Webp => new WebpDecoder(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
