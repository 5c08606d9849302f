using Media.Abstractions.Hosting;
using Microsoft.Extensions.Options;

namespace Media.MediaLibrary.Imaging;

/// <summary>Bounds the uploads decoded at once (docs/http-api.md §9): decoding a large image takes a core and up to
/// <see cref="MediaLibraryOptions.AllocationLimitMegabytes"/> of memory, so many at once could exhaust both.</summary>
public sealed class ImageDecodingLimiter(IOptions<MediaLibraryOptions> options) : WorkLimiter(
    options.Value.MaxConcurrentDecodes ?? Environment.ProcessorCount, options.Value.DecodeQueueLength, TimeSpan.FromSeconds(5))
{
    public override string Work => "图片解码 image decoding";
}
