namespace Media.MediaLibrary.Imaging;

/// <summary>File extension, MIME type and name of each <see cref="MediaFormat"/>.</summary>
public static class MediaFormats
{
    public static string Extension(this MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "jpg",
        MediaFormat.Png => "png",
        MediaFormat.Gif => "gif",
        MediaFormat.Webp => "webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string ContentType(this MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "image/jpeg",
        MediaFormat.Png => "image/png",
        MediaFormat.Gif => "image/gif",
        MediaFormat.Webp => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Lower-case name used in API responses ("jpeg", "png", "gif", "webp").</summary>
    public static string Name(this MediaFormat format) => format.ToString().ToLowerInvariant();
}
