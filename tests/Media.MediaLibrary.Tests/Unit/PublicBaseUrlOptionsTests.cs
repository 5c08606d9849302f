using Media.Abstractions.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Media.MediaLibrary.Tests.Unit;

/// <summary><c>Media:MediaLibrary:S3:PublicBaseUrl</c> is checked when the site starts (docs/operations.md §8.1).</summary>
public sealed class PublicBaseUrlOptionsTests
{
    [Fact]
    public void Start_Fails_WhenThePublicBaseIsNotAnAbsoluteHttpUrl()
    {
        using var host = Host(Bucket(("Media:MediaLibrary:S3:PublicBaseUrl", "media-cdn.example.cn/media")));

        var refused = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<MediaLibraryOptions>>().Value);

        Assert.Contains(PublicMediaUrls.Requirement, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_Fails_WhenThePublicBaseIsSetWithLocalStorage()
    {
        using var host = Host([("Media:MediaLibrary:S3:PublicBaseUrl", "https://media-cdn.example.cn/")]);

        var refused = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<MediaLibraryOptions>>().Value);

        Assert.Contains("Storage is not S3", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicMediaUrls_UsesTheNormalizedBase_WhenConfigured()
    {
        using var host = Host(Bucket(("Media:MediaLibrary:S3:PublicBaseUrl", "https://media-cdn.example.cn/county")));

        var urls = host.Services.GetRequiredService<PublicMediaUrls>();

        Assert.Equal("https://media-cdn.example.cn/county/", urls.BaseUrl);
        Assert.Equal("https://media-cdn.example.cn", urls.Origin);
    }

    [Fact]
    public void PublicMediaUrls_ServesThroughMedia_WhenNotConfigured()
    {
        using var host = Host(Bucket());

        Assert.Null(host.Services.GetRequiredService<PublicMediaUrls>().BaseUrl);
    }

    private static (string, string)[] Bucket(params (string, string)[] more) =>
    [
        ("Media:MediaLibrary:Storage", "S3"),
        ("Media:MediaLibrary:S3:ServiceUrl", "http://127.0.0.1:9"),
        ("Media:MediaLibrary:S3:Bucket", "county-media"),
        ("Media:MediaLibrary:S3:AccessKey", "key"),
        ("Media:MediaLibrary:S3:SecretKey", "secret"),
        .. more,
    ];

    private static IHost Host((string Key, string Value)[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Configuration["Media:AppData"] = Path.Combine(Path.GetTempPath(), "media-tests", Guid.NewGuid().ToString("N"));
        builder.AddMediaLibrary();
        return builder.Build();
    }
}
