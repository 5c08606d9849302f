namespace Media.MediaLibrary.Imaging;

/// <summary>The image formats the library accepts, as recognised from the file's own bytes.</summary>
public enum MediaFormat
{
    Jpeg,
    Png,
    Gif,
    Webp,
}
