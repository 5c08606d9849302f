using System.Text.Json;
using Media.Abstractions.Distribution;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Distribution.Channels;

internal sealed class ChannelDirectory(MediaDbContext db, ChannelSecrets secrets) : IChannelDirectory
{
    public async Task<ChannelInfo?> FindAsync(Guid channelId, CancellationToken cancellationToken)
    {
        var channel = await db.Set<Channel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == channelId, cancellationToken);
        return channel is null ? null : Info(channel);
    }

    public async Task<IReadOnlyList<ChannelInfo>> EnabledOfTypeAsync(string type, CancellationToken cancellationToken)
    {
        var channels = await db.Set<Channel>().AsNoTracking().Where(c => c.Type == type && c.IsEnabled)
            .OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return channels.Select(Info).ToList();
    }

    private ChannelInfo Info(Channel channel)
    {
        var settings = JsonSerializer.Deserialize<Dictionary<string, string>>(channel.PublicSettings) ?? new();
        foreach (var (key, value) in secrets.Unprotect(channel)) settings[key] = value;
        return new ChannelInfo(channel.Id, channel.Type, channel.Name, channel.IsEnabled, settings);
    }
}
