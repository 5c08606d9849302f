using Microsoft.Playwright;

namespace Media.Browser.Tests;

/// <summary>Headless Chromium from the distribution (tests/test.sh installs the chromium package), driven by
/// Playwright's driver that ships inside the NuGet package: no browser download, no `playwright install`.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string Variable = "MEDIA_CHROMIUM";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath => Environment.GetEnvironmentVariable(Variable) ?? "/usr/bin/chromium";

    /// <summary>Where screenshots go, for people (and CI's artefacts) to look at: <c>MEDIA_SCREENSHOTS</c>, which
    /// tests/test.sh sets, else <c>TestResults/screenshots</c> under the repository (ignored by git).</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("MEDIA_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Media.sln"))) return dir.FullName;
        return Path.Combine(Path.GetTempPath(), "media");
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: run 'apt-get install chromium' or set {Variable}.");
        // Expectations wait for what a person would wait for (an upload and its image variants, a page after a
        // decision); on a shared two-core CI runner that can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(20_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
