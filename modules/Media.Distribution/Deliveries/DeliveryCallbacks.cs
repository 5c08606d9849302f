using System.Text.Json;
using Media.Abstractions.Distribution;
using Media.Data;
using Media.Distribution.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Deliveries;

/// <summary>A channel's push (WeChat's PUBLISHJOBFINISH) makes the waiting delivery run now rather than at its next poll.</summary>
internal sealed class DeliveryCallbacks(MediaDbContext db, DeliveryQueue queue, TimeProvider clock) : IDeliveryCallbacks
{
    public async Task<bool> ExternalJobFinishedAsync(Guid channelId, string progressKey, string externalValue, CancellationToken cancellationToken)
    {
        var open = await db.Set<Delivery>().AsNoTracking()
            .Where(d => d.ChannelId == channelId && DeliveryStates.Open.Contains(d.State))
            .Select(d => new { d.Id, d.Progress }).ToListAsync(cancellationToken);
        var waiting = open.FirstOrDefault(d =>
            JsonSerializer.Deserialize<Dictionary<string, string>>(d.Progress)?.GetValueOrDefault(progressKey) == externalValue);
        if (waiting is null) return false;
        var now = clock.GetUtcNow();
        await db.Set<Delivery>().Where(d => d.Id == waiting.Id && d.DueAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DueAt, now), cancellationToken);
        queue.Start(waiting.Id, now);
        return true;
    }
}
