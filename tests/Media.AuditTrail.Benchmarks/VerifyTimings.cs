using System.Diagnostics;
using Media.Abstractions.Hosting;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Reading;
using Media.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Media.AuditTrail.Benchmarks;

/// <summary>Times the verifier the API uses with each walker: one stretch (twice, the first warms up), then one
/// stretch per core (three times).</summary>
internal static class VerifyTimings
{
    public static async Task RunAsync(AuditReader reader, AuditChain chain, TextWriter output, CancellationToken ct,
        params (string Name, IChainStretchWalker Walker)[] walkers)
    {
        foreach (var (name, walker) in walkers)
        {
            foreach (var stretches in new[] { 1, 1, Environment.ProcessorCount, Environment.ProcessorCount, Environment.ProcessorCount })
            {
                var options = Options.Create(new AuditTrailOptions { VerifyStretchLength = 1, VerifyStretches = stretches });
                var verifier = new AuditTrailVerifier(reader, walker, Anchor(chain), options, NullLogger<AuditTrailVerifier>.Instance);
                var watch = Stopwatch.StartNew();
                var verdict = await verifier.VerifyAsync(ct);
                watch.Stop();
                output.WriteLine($"verify ({name}, {stretches} stretch(es)): ok={verdict.Ok} entries={verdict.Entries:N0} in " +
                    $"{watch.ElapsedMilliseconds:N0} ms = {verdict.Entries / watch.Elapsed.TotalSeconds:N0} entries/s");
            }
        }
    }

    /// <summary>A head anchor in a folder of its own, so each run starts unanchored.</summary>
    private static AuditHeadAnchor Anchor(AuditChain chain)
    {
        var folder = Path.Combine(Path.GetTempPath(), "media-audit-bench-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Media:AppData", folder)]).Build();
        var appData = new MediaAppData(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
        return new AuditHeadAnchor(appData, chain, TimeProvider.System, NullLogger<AuditHeadAnchor>.Instance);
    }

    /// <summary>A container giving each scope its own context, as the app's does.</summary>
    public static ServiceProvider Services(Func<MediaDbContext> context)
    {
        var services = new ServiceCollection();
        services.AddScoped(_ => context());
        services.AddScoped<AuditReader>();
        return services.BuildServiceProvider();
    }

    public static IChainStretchWalker EntityWalker(IServiceProvider services, AuditChain chain) =>
        new EntityStretchWalker(services.GetRequiredService<IServiceScopeFactory>(), chain);
}
