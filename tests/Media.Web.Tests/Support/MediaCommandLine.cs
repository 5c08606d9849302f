using System.Diagnostics;
using Media.Testing;

namespace Media.Web.Tests.Support;

/// <summary>Runs the built Media.Web as an operator would — <c>dotnet Media.Web.dll backup --to DIR</c> — in a child
/// process, configured through environment variables for the given site.</summary>
internal static class MediaCommandLine
{
    public static async Task<(int ExitCode, string Output)> RunAsync(MediaAppFactory site, params string[] arguments) =>
        await RunAsync(site.Provider.ToString(), site.AppData, site.ConnectionString, arguments);

    public static async Task<(int ExitCode, string Output)> RunAsync(string provider, string appData, string connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Media.Web.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Media__AppData"] = appData;
        start.Environment["Media__Database__Provider"] = provider;
        start.Environment["ConnectionStrings__Media"] = connectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
