namespace Media.MediaLibrary.Imaging;

public enum VariantKind
{
    /// <summary>Scaled to a width, aspect kept, never upscaled.</summary>
    FitWidth,

    /// <summary>Cropped to a fixed aspect around the focal point, then scaled to an exact size.</summary>
    FocalCrop,
}
