using System.Collections.Concurrent;
using Media.Abstractions.Distribution;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>The channels the callback endpoint may look up, set by the test (arrange code for <see cref="IChannelDirectory"/>).</summary>
public sealed class TestChannelDirectory : IChannelDirectory
{
    private readonly ConcurrentDictionary<Guid, ChannelInfo> _channels = new();

    public ChannelInfo Add(string type, IReadOnlyDictionary<string, string> settings)
    {
        var channel = new ChannelInfo(Guid.NewGuid(), type, $"{type} 测试渠道", true, settings);
        _channels[channel.Id] = channel;
        return channel;
    }

    public Task<ChannelInfo?> FindAsync(Guid channelId, CancellationToken cancellationToken) =>
        Task.FromResult(_channels.GetValueOrDefault(channelId));

    public Task<IReadOnlyList<ChannelInfo>> EnabledOfTypeAsync(string type, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ChannelInfo>>(_channels.Values.Where(c => c.Type == type && c.IsEnabled).OrderBy(c => c.Name).ToList());
}
