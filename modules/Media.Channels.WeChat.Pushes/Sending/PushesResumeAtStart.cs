using Media.Abstractions.Hosting;
using Media.Channels.WeChat.Pushes.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Channels.WeChat.Pushes.Sending;

/// <summary>After a restart every push still sending or awaiting confirmation gets a run: whatever the previous process
/// had on the wire is resolved at WeChat by that run (docs/wechat.md §15.6); so does every push still retracting (§15.8).</summary>
internal sealed class PushesResumeAtStart(MediaDbContext db, PushQueue queue) : IStartupTask
{
    public int Order => StartupTaskOrder.DemoContent + 110;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var open = await db.Set<Push>().AsNoTracking()
            .Where(p => p.Status == PushStatuses.Sending || p.Status == PushStatuses.AwaitingConfirmation)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var id in open) queue.Start(id);
        var retracting = await db.Set<Push>().AsNoTracking().Where(p => p.Status == PushStatuses.Retracting)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var id in retracting) queue.StartRetraction(id);
    }
}
