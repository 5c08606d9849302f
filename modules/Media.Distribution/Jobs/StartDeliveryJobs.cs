using Media.Abstractions.Events;
using Media.Distribution.Publishing;

namespace Media.Distribution.Jobs;

/// <summary>Starts the jobs of deliveries once they are committed — never before, so a job never looks for a row
/// that is not there (or never will be).</summary>
internal sealed class StartDeliveryJobs(DeliveryQueue queue) : IAfterCommitHandler<DeliveriesDue>
{
    public Task HandleAsync(DeliveriesDue notification, CancellationToken cancellationToken)
    {
        foreach (var (id, dueAt) in notification.Deliveries) queue.Start(id, dueAt);
        return Task.CompletedTask;
    }
}
