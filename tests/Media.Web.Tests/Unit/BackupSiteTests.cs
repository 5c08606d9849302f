using Media.Abstractions.Hosting;
using Media.Data;
using Media.Web.Hosting.Backups;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Media.Web.Tests.Unit;

/// <summary>docs/operations.md §5.1: what lives outside AppData and the database is named, never silently skipped.</summary>
public sealed class BackupSiteTests
{
    [Fact]
    public void NotCovered_IsEmpty_ForLocalMediaAndFileKeys() => Assert.Empty(Site([]).NotCovered());

    [Fact]
    public void NotCovered_NamesTheBucket_TheRedisKeys_AndAConfiguredAuditKey()
    {
        var site = Site(new()
        {
            ["Media:MediaLibrary:Storage"] = "S3",
            ["Media:Redis:Configuration"] = "127.0.0.1:6379",
            ["Media:AuditTrail:Key"] = Convert.ToBase64String(new byte[32]),
        });

        var warnings = site.NotCovered();

        Assert.False(site.MediaIsLocal);
        Assert.Collection(warnings,
            w => Assert.Contains("S3", w),
            w => Assert.Contains("Redis", w),
            w => Assert.Contains("Media:AuditTrail:Key", w));
    }

    private static BackupSite Site(Dictionary<string, string?> settings)
    {
        settings["Media:AppData"] = Path.Combine(Path.GetTempPath(), "media-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = Environments.Production };
        var appData = new MediaAppData(configuration, environment);
        Directory.Delete(appData.Root);
        return new BackupSite(configuration, appData, MediaDatabaseSettings.From(configuration, appData), TimeProvider.System);
    }
}
