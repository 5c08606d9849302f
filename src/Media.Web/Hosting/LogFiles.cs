using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace Media.Web.Hosting;

/// <summary>
/// Application logs written to daily files and kept for <c>Media:Logging:RetentionDays</c> (default 180), as 等保
/// level 3 asks of log retention (docs/operations.md §10). Files go to <c>Media:Logging:Directory</c>; in Production
/// they are on by default under AppData/logs, and a retention below 180 days refuses to start. The console logger
/// stays as it is; Serilog is only the file writer, added beside it.
/// </summary>
public static class LogFiles
{
    public const int MinimumRetentionDaysInProduction = 180;

    public static void AddLogFiles(this WebApplicationBuilder builder, string appDataFolder)
    {
        var section = builder.Configuration.GetSection("Media:Logging");
        var directory = section["Directory"];
        if (string.IsNullOrWhiteSpace(directory))
        {
            if (!builder.Environment.IsProduction()) return;
            directory = Path.Combine(appDataFolder, "logs");
        }
        var days = section.GetValue<int?>("RetentionDays") ?? MinimumRetentionDaysInProduction;
        if (days < 1 || (builder.Environment.IsProduction() && days < MinimumRetentionDaysInProduction))
        {
            throw new InvalidOperationException(
                $"Media:Logging:RetentionDays={days}: application logs must be kept at least {MinimumRetentionDaysInProduction} days in Production.");
        }
        Directory.CreateDirectory(directory);
        var logger = new LoggerConfiguration()
            .MinimumLevel.Verbose() // what reaches Serilog was already filtered by the Logging:LogLevel settings
            .WriteTo.File(
                Path.Combine(directory, "media-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: null,
                retainedFileTimeLimit: TimeSpan.FromDays(days),
                outputTemplate: "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                restrictedToMinimumLevel: LogEventLevel.Verbose,
                shared: true)
            .CreateLogger();
        // AddProvider, not AddSerilog: AddSerilog also adds a filter letting every level through to Serilog, which
        // wrote each request's routing and database Debug lines to the file — on the public site most of the CPU
        // of a page (docs/operations.md §10). This way the Logging:LogLevel settings hold for the file too.
        builder.Logging.AddProvider(new SerilogLoggerProvider(logger, dispose: true));
    }
}
