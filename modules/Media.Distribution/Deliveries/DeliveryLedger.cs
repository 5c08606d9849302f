using System.Text.Json;
using Media.Abstractions.Auditing;
using Media.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Media.Distribution.Deliveries;

/// <summary>
/// The job's conditional writes to a delivery. A job claims a delivery with a lease; progress values are written
/// at once and unconditionally (an external id must never be lost); the outcome lands only if the state is still
/// the one the job claimed — a retraction that came in meanwhile wins — together with its audit entry.
/// </summary>
public sealed class DeliveryLedger(MediaDbContext db, IAuditTrail audit, TimeProvider clock, IOptions<DistributionOptions> options)
{
    private DbSet<Delivery> Deliveries => db.Set<Delivery>();

    public async Task<Delivery?> ClaimAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now.Add(options.Value.Lease);
        var claimed = await Deliveries
            .Where(d => d.Id == id && DeliveryStates.Open.Contains(d.State) && d.DueAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until).SetProperty(d => d.Attempts, d => d.Attempts + 1), ct);
        return claimed == 0 ? null : await Deliveries.AsNoTracking().SingleAsync(d => d.Id == id, ct);
    }

    /// <summary>When an unclaimed open delivery falls due, if it is not due yet (a job may fire a little early:
    /// Hangfire keeps schedules to the second).</summary>
    public async Task<DateTimeOffset?> NotYetDueAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await Deliveries.AsNoTracking()
            .Where(d => d.Id == id && DeliveryStates.Open.Contains(d.State) && d.LeaseUntil == null)
            .Select(d => (DateTimeOffset?)d.DueAt).SingleOrDefaultAsync(ct);
        return due > now ? due : null;
    }

    public Task SaveProgressAsync(Guid id, IReadOnlyDictionary<string, string> progress, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(progress);
        return Deliveries.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Progress, json), ct);
    }

    /// <summary>Lets go of the delivery without an outcome (shutdown): it runs again when due.</summary>
    public Task ReleaseAsync(Guid id, CancellationToken ct) =>
        Deliveries.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), ct);

    /// <returns>False when the delivery's state changed since the claim (e.g. retracted meanwhile).</returns>
    public async Task<bool> SettleAsync(Delivery claimed, DeliverySettlement settlement, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var updated = await Deliveries.Where(d => d.Id == claimed.Id && d.State == claimed.State)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, settlement.State)
                .SetProperty(d => d.DueAt, settlement.DueAt ?? now)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(d => d.ExternalId, d => settlement.ExternalId ?? d.ExternalId)
                .SetProperty(d => d.ExternalUrl, d => settlement.ExternalUrl ?? d.ExternalUrl)
                .SetProperty(d => d.LastError, settlement.Error)
                .SetProperty(d => d.UpdatedAt, now), ct);
        if (updated == 0) return false;
        if (settlement.Audit is { } entry) audit.Record(entry);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
