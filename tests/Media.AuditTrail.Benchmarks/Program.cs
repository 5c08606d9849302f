using BenchmarkDotNet.Running;
using Media.AuditTrail.Benchmarks;

// In-memory verify:  dotnet run -c Release --project tests/Media.AuditTrail.Benchmarks -- --filter '*'
// CPU-timed verify: dotnet run -c Release --project tests/Media.AuditTrail.Benchmarks -- cpu
// Database-backed:   dotnet run -c Release --project tests/Media.AuditTrail.Benchmarks -- db [entries] [path]
// PostgreSQL:        dotnet run -c Release --project tests/Media.AuditTrail.Benchmarks -- pg "Host=127.0.0.1;Port=55432;Username=postgres" [entries]
if (args.Length > 0 && args[0] == "db")
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var path = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "media-audit-bench.db");
    await DatabaseMeasurement.RunAsync(count, path, Console.Out, CancellationToken.None);
    return;
}
if (args.Length > 1 && args[0] == "pg")
{
    var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    await PostgresMeasurement.RunAsync(count, args[1], Console.Out, CancellationToken.None);
    return;
}
if (args.Length > 0 && args[0] == "cpu")
{
    CpuTimedVerify.Run(1_000_000, 5, Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ChainVerifyBenchmarks).Assembly).Run(args);
