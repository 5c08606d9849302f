using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Imaging.Structure;
using Media.MediaLibrary.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;

namespace Media.MediaLibrary.Ingest;

/// <summary>
/// The upload pipeline: spool with a byte limit, sniff the format, read the header and refuse too many
/// pixels before decoding, check the file is whole, then (once per SHA-256) decode, orient, strip
/// metadata, render the variants and store them with the original.
/// </summary>
public sealed class MediaIngest(
    IMediaStorage storage,
    MediaImageConfiguration imaging,
    IOptions<MediaLibraryOptions> options,
    ILogger<MediaIngest> logger) : IMediaIngest
{
    private readonly MediaLibraryOptions settings = options.Value;

    public async Task<IngestResult> IngestAsync(Stream upload, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var name = CleanFileName(fileName);
        await using var spooled = await UploadSpooler.TrySpoolAsync(upload, settings.MaxBytes, TempDirectory, cancellationToken);
        var result = spooled is null
            ? IngestResult.Refused(IngestOutcome.TooLarge, $"The upload is larger than {settings.MaxBytes} bytes.")
            : await IngestSpooledAsync(spooled, name, cancellationToken);

        if (result.Asset is { } asset)
        {
            Log.UploadAccepted(logger, asset.Sha256, asset.Format, asset.Width, asset.Height, asset.Bytes, asset.AlreadyStored);
        }
        else
        {
            Log.UploadRefused(logger, name, result.Outcome, result.Detail ?? string.Empty);
        }

        return result;
    }

    public async Task<CoverRenderResult> RenderCoverVariantsAsync(string sha256, FocalPoint focalPoint, CancellationToken cancellationToken)
    {
        if (!MediaKeys.IsSha256(sha256))
        {
            throw new ArgumentException("Expected 64 lower-case hex digits.", nameof(sha256));
        }

        foreach (var format in Enum.GetValues<MediaFormat>())
        {
            await using var original = await storage.OpenReadAsync(MediaKeys.Original(sha256, format), cancellationToken);
            if (original is null)
            {
                continue;
            }

            // Spooled locally because a remote store's stream cannot seek, and decoders need to.
            await using var local = await UploadSpooler.TrySpoolAsync(original, long.MaxValue - 1, TempDirectory, cancellationToken);
            var variants = await RenderAsync(local!, format, VariantSpecs.Covers, focalPoint, sha256, cancellationToken);
            Log.CoversRendered(logger, sha256, focalPoint.X, focalPoint.Y);
            return new CoverRenderResult(true, variants);
        }

        Log.OriginalMissing(logger, sha256);
        return new CoverRenderResult(false, []);
    }

    private string TempDirectory =>
        string.IsNullOrWhiteSpace(settings.TempDirectory) ? Path.GetTempPath() : settings.TempDirectory;

    private async Task<IngestResult> IngestSpooledAsync(SpooledUpload spooled, string fileName, CancellationToken cancellationToken)
    {
        var (refusal, format, size) = Inspect(spooled.File, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var originalKey = MediaKeys.Original(spooled.Sha256, format);
        var plan = VariantPlanner.Plan(size, VariantSpecs.All, FocalPoint.Centre);
        var known = plan.Variants
            .SelectMany(v => VariantSpecs.OutputFormats.Select(f => VariantRenderer.Describe(v, f, spooled.Sha256)))
            .ToList();
        if (await AllExistAsync([originalKey, .. known.Select(v => v.Key)], cancellationToken))
        {
            return IngestResult.Accepted(Asset(spooled, fileName, format, size, originalKey, known, alreadyStored: true));
        }

        IReadOnlyList<StoredVariant> variants;
        try
        {
            variants = await RenderAsync(spooled, format, VariantSpecs.All, FocalPoint.Centre, spooled.Sha256, cancellationToken);
        }
        catch (Exception e) when (ImageRefusals.FromException(e) is not null)
        {
            return ImageRefusals.FromException(e)!;
        }

        // The original goes last: its presence means the variants were made.
        spooled.File.Position = 0;
        await storage.PutAsync(originalKey, spooled.File, format.ContentType(), cancellationToken);
        return IngestResult.Accepted(Asset(spooled, fileName, format, size, originalKey, variants, alreadyStored: false));
    }

    /// <summary>Everything that can be learned without decoding pixels.</summary>
    private (IngestResult? Refusal, MediaFormat Format, Size Size) Inspect(FileStream file, CancellationToken cancellationToken)
    {
        Span<byte> header = stackalloc byte[ImageSignature.Length];
        file.Position = 0;
        var format = ImageSignature.Detect(header[..file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false)]);
        if (format is not { } known)
        {
            return (IngestResult.Refused(IngestOutcome.Unsupported, "Only JPEG, PNG, GIF and WebP images are accepted."), default, default);
        }

        Size size;
        try
        {
            file.Position = 0;
            size = ImageDecoders.IdentifyOrientedSize(imaging.Configuration, file, known, cancellationToken);
        }
        catch (Exception e) when (ImageRefusals.FromException(e) is not null)
        {
            return (ImageRefusals.FromException(e), known, default);
        }

        return (CheckSizeAndStructure(file, known, size), known, size);
    }

    private IngestResult? CheckSizeAndStructure(FileStream file, MediaFormat format, Size size)
    {
        var pixels = (long)size.Width * size.Height;
        if (pixels > settings.MaxPixels)
        {
            return IngestResult.Refused(IngestOutcome.TooManyPixels,
                $"The image is {size.Width}x{size.Height} ({pixels} pixels); at most {settings.MaxPixels} pixels are accepted.");
        }

        if (size.Width < 1 || size.Height < 1)
        {
            return IngestResult.Refused(IngestOutcome.Corrupt, "The image declares no pixels.");
        }

        file.Position = 0;
        return ImageStructure.IsComplete(file, format)
            ? null
            : IngestResult.Refused(IngestOutcome.Corrupt, $"The {format.Name()} file is truncated or its structure is damaged.");
    }

    private async Task<IReadOnlyList<StoredVariant>> RenderAsync(
        SpooledUpload source, MediaFormat format, IReadOnlyList<VariantSpec> specs, FocalPoint focalPoint, string sha256, CancellationToken cancellationToken)
    {
        source.File.Position = 0;
        using var image = ImageDecoders.LoadForVariants(imaging.Configuration, source.File, format, cancellationToken);
        var plan = VariantPlanner.Plan(image.Size(), specs, focalPoint);
        return await new VariantRenderer(storage, settings).RenderAsync(image, plan, sha256, cancellationToken);
    }

    private async Task<bool> AllExistAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            if (!await storage.ExistsAsync(key, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private static MediaAsset Asset(SpooledUpload spooled, string fileName, MediaFormat format, Size size, string originalKey, IReadOnlyList<StoredVariant> variants, bool alreadyStored) =>
        new(spooled.Sha256, fileName, format.Name(), format.ContentType(), size.Width, size.Height, spooled.Length, originalKey, variants, alreadyStored);

    private static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')).Trim();
        return name.Length == 0 ? "upload" : name[..Math.Min(name.Length, 255)];
    }
}
