using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Media.Screening.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Media.Screening.Benchmarks.ScreeningBenchmarks).Assembly).Run(args);
