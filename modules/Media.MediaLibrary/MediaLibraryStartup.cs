using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Media.MediaLibrary;

public static class MediaLibraryStartup
{
    /// <summary>
    /// Registers options (validated on start), the image configuration, local-disk storage under
    /// <c>&lt;Media:AppData&gt;/media</c> (unless another <see cref="IMediaStorage"/> is registered first) and the
    /// ingest pipeline.
    /// </summary>
    public static IHostApplicationBuilder AddMediaLibrary(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaLibraryOptions>()
            .BindConfiguration(MediaLibraryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var appData = builder.Configuration["Media:AppData"];
        var mediaRoot = Path.Combine(
            string.IsNullOrWhiteSpace(appData) ? Path.Combine(builder.Environment.ContentRootPath, "App_Data") : appData,
            "media");

        builder.Services.AddSingleton<MediaImageConfiguration>();
        builder.Services.TryAddSingleton<IMediaStorage>(_ => new LocalDiskMediaStorage(mediaRoot));
        builder.Services.AddScoped<IMediaIngest, MediaIngest>();
        return builder;
    }
}
