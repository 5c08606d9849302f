using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Storage;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Media.MediaLibrary.Imaging;

/// <summary>Cuts, scales and encodes the planned variants of one decoded image and stores them.</summary>
internal sealed class VariantRenderer(IMediaStorage storage, MediaLibraryOptions options)
{
    /// <summary>
    /// Renders every variant of <paramref name="plan"/>. The image is shrunk in place to the plan's working
    /// size first, so the caller must not use it afterwards for anything but disposal.
    /// </summary>
    public async Task<IReadOnlyList<StoredVariant>> RenderAsync(Image<Rgba32> image, VariantPlan plan, string sha256, CancellationToken cancellationToken)
    {
        if (image.Width != plan.Source.Width || image.Height != plan.Source.Height)
        {
            throw new ArgumentException("The plan was made for another size.", nameof(plan));
        }

        if (plan.Working != plan.Source)
        {
            image.Mutate(x => x.Resize(plan.Working));
        }

        var stored = new List<StoredVariant>();
        foreach (var variant in plan.Variants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var region = plan.WorkingRegion(variant);
            using var output = image.Clone(x => CutAndScale(x, region, variant, image.Size()));
            stored.AddRange(await StoreAsync(output, variant, sha256, cancellationToken));
        }

        return stored;
    }

    public static StoredVariant Describe(PlannedVariant variant, MediaFormat format, string sha256) => new(
        variant.Spec.Name,
        format.Name(),
        format.ContentType(),
        MediaKeys.Variant(sha256, variant.Spec, format, variant.FocalPoint),
        variant.Width,
        variant.Height);

    private static void CutAndScale(IImageProcessingContext context, Rectangle region, PlannedVariant variant, Size size)
    {
        if (region != new Rectangle(Point.Empty, size))
        {
            context.Crop(region);
        }

        if (region.Width != variant.Width || region.Height != variant.Height)
        {
            context.Resize(variant.Width, variant.Height);
        }
    }

    private async Task<IReadOnlyList<StoredVariant>> StoreAsync(Image<Rgba32> output, PlannedVariant variant, string sha256, CancellationToken cancellationToken)
    {
        // WebP keeps transparency, so it goes first; JPEG has none and gets a white background after.
        var webp = Describe(variant, MediaFormat.Webp, sha256);
        await PutAsync(output, new WebpEncoder { Quality = options.WebpQuality, FileFormat = WebpFileFormatType.Lossy }, webp, cancellationToken);

        output.Mutate(x => x.BackgroundColor(Color.White));
        var jpeg = Describe(variant, MediaFormat.Jpeg, sha256);
        await PutAsync(output, new JpegEncoder { Quality = options.JpegQuality }, jpeg, cancellationToken);
        return [jpeg, webp];
    }

    private async Task PutAsync(Image<Rgba32> output, IImageEncoder encoder, StoredVariant target, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        encoder.Encode(output, buffer);
        buffer.Position = 0;
        await storage.PutAsync(target.Key, buffer, target.ContentType, cancellationToken);
    }
}
