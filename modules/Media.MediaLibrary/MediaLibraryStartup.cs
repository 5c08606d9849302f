using Media.Abstractions.Content;
using Media.Abstractions.Hosting;
using Media.Abstractions.Security;
using Media.Data;
using Media.MediaLibrary.Endpoints;
using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Library;
using Media.MediaLibrary.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Media.MediaLibrary;

public static class MediaLibraryStartup
{
    /// <summary>
    /// Registers options (validated on start; uploads spool to <c>&lt;Media:AppData&gt;/tmp</c> unless
    /// <c>TempDirectory</c> is set), the image configuration, the storage — local disk under
    /// <c>&lt;Media:AppData&gt;/media</c>, or an S3-compatible bucket with <c>Storage=S3</c> (unless another
    /// <see cref="IMediaStorage"/> is registered first) —, the
    /// public addresses of the variants (<see cref="PublicMediaUrls"/>: through Media, or under
    /// <c>S3:PublicBaseUrl</c>), the ingest pipeline, the library's table and its permissions.
    /// </summary>
    public static IHostApplicationBuilder AddMediaLibrary(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MediaLibraryOptions>()
            .BindConfiguration(MediaLibraryOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.StorageIsValid, "Media:MediaLibrary:Storage=S3 needs Media:MediaLibrary:S3:ServiceUrl (an absolute http(s) URL), Bucket, AccessKey and SecretKey.")
            .Validate(o => o.PublicBaseUrlIsValid, PublicMediaUrls.Requirement)
            .Validate(o => o.PublicBaseUrlHasBucket, $"{PublicMediaUrls.ConfigurationKey} is set but Media:MediaLibrary:Storage is not S3: the public base serves the bucket's variants/ keys, so set Storage=S3 or remove it.")
            .ValidateOnStart()
            .PostConfigure<MediaAppData>((o, appData) =>
            {
                if (string.IsNullOrWhiteSpace(o.TempDirectory)) o.TempDirectory = appData.Folder("tmp");
            });

        services.TryAddSingleton(sp => new MediaAppData(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<MediaImageConfiguration>();
        services.AddSingleton<ImageDecodingLimiter>();
        services.TryAddSingleton<IMediaStorage>(sp => sp.GetRequiredService<IOptions<MediaLibraryOptions>>().Value is { Storage: MediaStorageKind.S3 } o
            ? new S3MediaStorage(o.S3)
            : new LocalDiskMediaStorage(sp.GetRequiredService<MediaAppData>().Folder("media")));
        services.TryAddSingleton(sp => new PublicMediaUrls(sp.GetRequiredService<IOptions<MediaLibraryOptions>>().Value.S3.PublicBaseUrl));
        services.AddScoped<IMediaIngest, MediaIngest>();
        services.AddScoped<MediaDesk>();
        services.AddScoped<IMediaFiles, MediaFiles>();
        services.AddScoped<IResponsiveImages, ResponsiveImages>();
        services.AddScoped<IMediaAssetIds, MediaAssetIds>();
        services.AddModelContributor(typeof(MediaLibraryStartup).Assembly);
        services.AddSingleton<IPermissionProvider, MediaLibraryPermissions>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMediaLibrary(this IEndpointRouteBuilder app) => app.MapMediaApi().MapAdminMedia().MapMediaFiles();
}
