namespace Media.MediaLibrary.Imaging;

/// <summary>One derived image. <see cref="Height"/> matters only for <see cref="VariantKind.FocalCrop"/>.</summary>
public sealed record VariantSpec(string Name, VariantKind Kind, int Width, int Height = 0)
{
    public bool IsCrop => Kind == VariantKind.FocalCrop;
}
