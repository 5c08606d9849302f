using Hangfire;
using Media.Data;
using Media.Distribution.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Jobs;

/// <summary>Re-enqueues every delivery that is due and that no job holds: after a crash, a lost job storage or a
/// lost enqueue, nothing stays undelivered. Runs every minute, and once at start — when it also books a run for
/// each delivery still leased by a job of the previous process, for the moment that lease runs out.</summary>
public sealed class DeliverySweep(MediaDbContext db, DeliveryQueue queue, TimeProvider clock)
{
    public const string RecurringId = "media-delivery-sweep";
    private const int Batch = 500;

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(60)]
    public async Task<int> RunAsync(bool afterRestart, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = db.Set<Delivery>().AsNoTracking().Where(d => DeliveryStates.Open.Contains(d.State) && d.DueAt <= now);
        var due = await open.Where(d => d.LeaseUntil == null || d.LeaseUntil < now)
            .OrderBy(d => d.DueAt).Select(d => d.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var id in due) queue.Start(id, now);
        if (!afterRestart) return due.Count;

        var leased = await open.Where(d => d.LeaseUntil >= now)
            .Select(d => new { d.Id, d.LeaseUntil }).Take(Batch).ToListAsync(cancellationToken);
        foreach (var d in leased) queue.Start(d.Id, d.LeaseUntil!.Value.AddSeconds(1));
        return due.Count + leased.Count;
    }
}
