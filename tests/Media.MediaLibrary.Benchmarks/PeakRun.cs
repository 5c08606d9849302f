using System.Diagnostics;

namespace Media.MediaLibrary.Benchmarks;

/// <summary>
/// "--peak": ingests the sample photo a few times in a fresh process and prints wall time per run and the
/// process's peak working set, which BenchmarkDotNet's allocation figures do not show (ImageSharp's pixel
/// buffers are unmanaged).
/// </summary>
public static class PeakRun
{
    public static async Task<int> RunAsync(int runs)
    {
        var bytes = await File.ReadAllBytesAsync(SamplePhoto.EnsureFile());
        var storage = new DiscardingStorage();
        var ingest = IngestBenchmark.CreateIngest(storage);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"input: {SamplePhoto.Width}x{SamplePhoto.Height} JPEG, {bytes.Length / 1024} KiB; working set before: {process.PeakWorkingSet64 / (1024 * 1024)} MiB");

        for (var run = 1; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var result = await ingest.IngestAsync(new MemoryStream(bytes, writable: false), "photo.jpg", CancellationToken.None);
            clock.Stop();
            process.Refresh();
            Console.WriteLine($"run {run}: {result.Outcome} in {clock.ElapsedMilliseconds} ms, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB");
            if (!result.IsAccepted)
            {
                return 1;
            }
        }

        Console.WriteLine($"variant bytes written per run: {storage.BytesWritten / runs / 1024} KiB (incl. original)");
        return 0;
    }
}
