using System.Threading.Channels;
using Media.Abstractions.Distribution;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>Records what the callback endpoint hands the outbox, in order, for tests to await.</summary>
public sealed class RecordingDeliveryCallbacks : IDeliveryCallbacks
{
    private readonly Channel<(Guid ChannelId, string ProgressKey, string ExternalValue)> _calls = Channel.CreateUnbounded<(Guid, string, string)>();

    public Task<bool> ExternalJobFinishedAsync(Guid channelId, string progressKey, string externalValue, CancellationToken cancellationToken)
    {
        _calls.Writer.TryWrite((channelId, progressKey, externalValue));
        return Task.FromResult(true);
    }

    public async Task<(Guid ChannelId, string ProgressKey, string ExternalValue)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await _calls.Reader.ReadAsync(timeout.Token);
    }

    public bool TryNext(out (Guid ChannelId, string ProgressKey, string ExternalValue) call) => _calls.Reader.TryRead(out call);
}
