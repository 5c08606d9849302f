using Hangfire;
using Media.Distribution.Deliveries;

namespace Media.Distribution.Jobs;

/// <summary>Starts delivery jobs — only ever after the deliveries are committed. A lost enqueue is harmless:
/// the sweep finds every due delivery that no job holds.</summary>
public sealed class DeliveryQueue(IBackgroundJobClient jobs, TimeProvider clock)
{
    public void Start(IEnumerable<Delivery> deliveries)
    {
        foreach (var delivery in deliveries) Start(delivery.Id, delivery.DueAt);
    }

    public void Start(Guid deliveryId, DateTimeOffset dueAt)
    {
        if (dueAt <= clock.GetUtcNow()) jobs.Enqueue<DeliveryJob>(j => j.RunAsync(deliveryId, CancellationToken.None));
        else jobs.Schedule<DeliveryJob>(j => j.RunAsync(deliveryId, CancellationToken.None), dueAt);
    }
}
