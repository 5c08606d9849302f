using BenchmarkDotNet.Attributes;
using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Ingest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Media.MediaLibrary.Benchmarks;

/// <summary>One 12 MP JPEG upload through the whole pipeline to all eight variant files.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class IngestBenchmark
{
    private byte[] photo = [];
    private MediaIngest ingest = null!;

    [GlobalSetup]
    public void Setup()
    {
        photo = File.ReadAllBytes(SamplePhoto.EnsureFile());
        ingest = CreateIngest(new DiscardingStorage());
    }

    [Benchmark]
    public async Task<IngestResult> Ingest12MegapixelJpeg()
    {
        var result = await ingest.IngestAsync(new MemoryStream(photo, writable: false), "photo.jpg", CancellationToken.None);
        return result.IsAccepted ? result : throw new InvalidOperationException(result.Detail);
    }

    public static MediaIngest CreateIngest(DiscardingStorage storage)
    {
        var options = Options.Create(new MediaLibraryOptions());
        return new MediaIngest(storage, new MediaImageConfiguration(options), options, NullLogger<MediaIngest>.Instance);
    }
}
