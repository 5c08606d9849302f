namespace Media.MediaLibrary.Data;

/// <summary>Column sizes, also the validation limits of the API.</summary>
public static class MediaItemLimits
{
    public const int FileName = 255;
    public const int Alt = 500;
    public const int Caption = 2000;
    public const int ContentType = 64;
    public const int Format = 16;
    public const int OriginalKey = 512;
}
