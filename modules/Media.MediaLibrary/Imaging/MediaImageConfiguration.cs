using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;

namespace Media.MediaLibrary.Imaging;

/// <summary>
/// The library's own ImageSharp <see cref="Configuration"/> (a DI singleton, never the global default):
/// only the four accepted formats are registered, and its allocator is bounded. In ImageSharp 2.1.13
/// <see cref="MemoryAllocatorOptions.AllocationLimitMegabytes"/> caps each single (discontiguous) buffer,
/// such as an image's pixel buffer, and makes a larger request throw
/// <see cref="InvalidMemoryOperationException"/>; it is not a cap on the total in use.
/// <see cref="MemoryAllocatorOptions.MaximumPoolSizeMegabytes"/> bounds what stays pooled between images.
/// </summary>
public sealed class MediaImageConfiguration
{
    public MediaImageConfiguration(IOptions<MediaLibraryOptions> options)
    {
        var settings = options.Value;
        Configuration = new Configuration(
            new JpegConfigurationModule(),
            new PngConfigurationModule(),
            new GifConfigurationModule(),
            new WebpConfigurationModule())
        {
            MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
            {
                AllocationLimitMegabytes = settings.AllocationLimitMegabytes,
                MaximumPoolSizeMegabytes = settings.MaximumPoolSizeMegabytes,
            }),
        };
    }

    public Configuration Configuration { get; }
}
