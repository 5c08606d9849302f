using Media.Abstractions.Hosting;

namespace Media.Distribution.Channels;

internal sealed class EnsureWebChannel(ChannelDesk channels) : IStartupTask
{
    public int Order => StartupTaskOrder.Bootstrap + 10;

    public Task RunAsync(CancellationToken cancellationToken) => channels.EnsureWebChannelAsync(cancellationToken);
}
