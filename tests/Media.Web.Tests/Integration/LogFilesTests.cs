using Media.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Media.Web.Tests.Integration;

/// <summary>Application logs in daily files kept at least 180 days in Production (docs/operations.md §10).</summary>
public sealed class LogFilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("media-logs-").FullName;

    [Fact]
    public void Logs_AreWrittenToTheConfiguredFolder()
    {
        var marker = "log-file-check-" + Guid.NewGuid().ToString("N");
        using (var app = new SqliteMediaApp())
        using (var logged = app.WithWebHostBuilder(b => b.UseSetting("Media:Logging:Directory", folder).UseSetting("Media:Logging:RetentionDays", "7")))
        {
            logged.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Media.Test").LogWarning("{Marker} 日志", marker);
        } // disposing the host flushes and closes the file

        var file = Assert.Single(Directory.GetFiles(folder, "media-*.log"));
        var text = File.ReadAllText(file);
        Assert.Contains(marker + " 日志", text, StringComparison.Ordinal);
        Assert.Contains("[WRN] Media.Test", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Logs_KeepToTheLogLevels_InTheFileToo()
    {
        var marker = "log-level-check-" + Guid.NewGuid().ToString("N");
        using (var app = new SqliteMediaApp())
        using (var logged = app.WithWebHostBuilder(b => b.UseSetting("Media:Logging:Directory", folder).UseSetting("Media:Logging:RetentionDays", "7")
                   .UseSetting("Logging:LogLevel:Media.Test", "Information")))
        {
            var logger = logged.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Media.Test");
            logger.LogDebug("{Marker} debug", marker);
            logger.LogInformation("{Marker} information", marker);
        }

        var text = File.ReadAllText(Assert.Single(Directory.GetFiles(folder, "media-*.log")));
        Assert.Contains(marker + " information", text, StringComparison.Ordinal);
        Assert.DoesNotContain(marker + " debug", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[DBG]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_RefusesARetentionBelow180Days()
    {
        using var app = new SqliteMediaApp();
        using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production")
            .UseSetting("Media:Logging:Directory", folder).UseSetting("Media:Logging:RetentionDays", "30"));

        var refused = Assert.ThrowsAny<Exception>(() => production.Services.GetRequiredService<TimeProvider>());

        Assert.Contains("at least 180 days", Flatten(refused));
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " / " + Flatten(e.InnerException);

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
