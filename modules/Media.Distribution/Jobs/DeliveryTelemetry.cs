using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hangfire;
using Media.Abstractions.Telemetry;
using Microsoft.Extensions.Logging;

namespace Media.Distribution.Jobs;

/// <summary>The <c>Media.Distribution</c> meter and activity source (docs/operations.md §6): deliveries by channel and
/// state, how long an attempt took, and the job queue's depth read from Hangfire's storage at each scrape.</summary>
public sealed partial class DeliveryTelemetry : IMeterOwner, IDisposable
{
    public const string Name = "Media.Distribution";

    private readonly Counter<long> deliveries;
    private readonly Histogram<double> duration;
    private readonly JobStorage storage;
    private readonly ILogger<DeliveryTelemetry> logger;

    public DeliveryTelemetry(IMeterFactory meters, JobStorage storage, ILogger<DeliveryTelemetry> logger)
    {
        this.storage = storage;
        this.logger = logger;
        var meter = meters.Create(Name);
        deliveries = meter.CreateCounter<long>("media.deliveries", "{delivery}",
            "Delivery attempts settled, by channel type and the state they left the delivery in");
        duration = meter.CreateHistogram<double>("media.delivery.duration", "s",
            "How long one delivery attempt took, by channel type and resulting state",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });
        meter.CreateObservableGauge("media.jobs.queue", QueueDepth, "{job}",
            "Background jobs waiting: enqueued (ready to run) and scheduled (due later)");
    }

    public string MeterName => Name;

    /// <summary>Traces one delivery job (the Hangfire-run work), child of nothing: jobs start outside any request.</summary>
    public ActivitySource Source { get; } = new(Name);

    public void Settled(string channelType, string state, TimeSpan took)
    {
        var tags = new TagList { { "channel", channelType }, { "state", state } };
        deliveries.Add(1, tags);
        duration.Record(took.TotalSeconds, tags);
    }

    private IEnumerable<Measurement<long>> QueueDepth()
    {
        Hangfire.Storage.Monitoring.StatisticsDto statistics;
        try
        {
            statistics = storage.GetMonitoringApi().GetStatistics();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A scrape must not fail because the job storage is unreachable; /health/ready reports that.
            LogQueueDepthUnavailable(logger, e);
            return [];
        }
        return
        [
            new Measurement<long>(statistics.Enqueued, new KeyValuePair<string, object?>("state", "enqueued")),
            new Measurement<long>(statistics.Scheduled, new KeyValuePair<string, object?>("state", "scheduled")),
        ];
    }

    public void Dispose() => Source.Dispose();

    [LoggerMessage(LogLevel.Warning, "The job queue's depth could not be read for the metrics")]
    private static partial void LogQueueDepthUnavailable(ILogger logger, Exception exception);
}
