using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;

namespace Media.MediaLibrary.Ingest;

/// <summary>Turns what ImageSharp throws at a bad file into a refusal; anything else is left to propagate.</summary>
internal static class ImageRefusals
{
    public static IngestResult? FromException(Exception exception) => exception switch
    {
        // Decoders wrap the allocator's refusal ("possibly degenerate dimensions"), so look one level in too.
        InvalidMemoryOperationException or ImageFormatException { InnerException: InvalidMemoryOperationException } => IngestResult.Refused(
            IngestOutcome.TooManyPixels, "Decoding the image would need more memory than allowed."),
        ImageFormatException e => IngestResult.Refused(
            IngestOutcome.Corrupt, "The image is damaged or incomplete: " + e.Message),
        NotSupportedException => IngestResult.Refused(
            IngestOutcome.Unsupported, "This variant of the format is not supported (e.g. animated WebP)."),
        _ => null,
    };
}
