using BenchmarkDotNet.Running;
using Media.MediaLibrary.Benchmarks;

// dotnet run -c Release -- --peak        time and peak working set, in this process
// dotnet run -c Release -- --filter '*'  BenchmarkDotNet (short job, memory diagnoser)
if (args.Contains("--peak"))
{
    return await PeakRun.RunAsync(runs: 5);
}

BenchmarkSwitcher.FromAssembly(typeof(IngestBenchmark).Assembly).Run(args);
return 0;
