using BenchmarkDotNet.Running;
using Media.AuditTrail.Benchmarks;

// In-memory verify:  dotnet run -c Release --project tests/Media.AuditTrail.Benchmarks -- --filter '*'
// CPU-timed verify: dotnet run -c Release --project tests/Media.AuditTrail.Benchmarks -- cpu
// Database-backed:   dotnet run -c Release --project tests/Media.AuditTrail.Benchmarks -- db [entries] [path]
if (args.Length > 0 && args[0] == "db")
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var path = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "media-audit-bench.db");
    await DatabaseMeasurement.RunAsync(count, path, Console.Out, CancellationToken.None);
    return;
}
if (args.Length > 0 && args[0] == "cpu")
{
    CpuTimedVerify.Run(1_000_000, 5, Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ChainVerifyBenchmarks).Assembly).Run(args);
