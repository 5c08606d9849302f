namespace Media.MediaLibrary.Imaging;

/// <summary>The variants made for every image, each written as JPEG and WebP.</summary>
public static class VariantSpecs
{
    public static VariantSpec Thumb { get; } = new("thumb", VariantKind.FitWidth, 320);

    public static VariantSpec Article { get; } = new("article", VariantKind.FitWidth, 1080);

    /// <summary>WeChat's 2.35:1 cover.</summary>
    public static VariantSpec WechatCover { get; } = new("wechat-cover", VariantKind.FocalCrop, 900, 383);

    public static VariantSpec Square { get; } = new("square", VariantKind.FocalCrop, 600, 600);

    public static IReadOnlyList<VariantSpec> All { get; } = [Thumb, Article, WechatCover, Square];

    public static IReadOnlyList<VariantSpec> Covers { get; } = [WechatCover, Square];

    /// <summary>The formats every variant is written in.</summary>
    public static IReadOnlyList<MediaFormat> OutputFormats { get; } = [MediaFormat.Jpeg, MediaFormat.Webp];
}
