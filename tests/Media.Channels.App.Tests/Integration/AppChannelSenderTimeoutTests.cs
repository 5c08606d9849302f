using System.Diagnostics;
using Media.Abstractions.Distribution;
using Media.Channels.App.Tests.Infrastructure;

namespace Media.Channels.App.Tests.Integration;

/// <summary>Attempts the app does not answer, on the real clock with a short per-attempt timeout.</summary>
public sealed class AppChannelSenderTimeoutTests : IAsyncLifetime
{
    private static readonly DateTimeOffset OccurredAt = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    // Short enough for a quick test, long enough that a busy machine still answers a healthy request in time.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1.5);

    private SenderRig rig = null!;

    public async Task InitializeAsync() => rig = await SenderRig.StartAsync(TimeProvider.System, AttemptTimeout);

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task Publish_ReturnsRetry_WhenAppDoesNotAnswerInTime_ThenSameDeliverySucceeds()
    {
        rig.Receiver.HangNext(1);
        var watch = Stopwatch.StartNew();

        var first = await rig.Sender.PublishAsync(rig.Context(rig.Article(), 1, OccurredAt), CancellationToken.None);
        var elapsed = watch.Elapsed;
        var second = await rig.Sender.PublishAsync(rig.Context(rig.Article(), 2, OccurredAt), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, first.Outcome);
        Assert.Contains("no answer", first.Error);
        Assert.InRange(elapsed, AttemptTimeout - TimeSpan.FromMilliseconds(100), AttemptTimeout + TimeSpan.FromSeconds(5));
        Assert.Equal(DeliveryStepOutcome.Done, second.Outcome);
        var requests = rig.Receiver.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].DeliveryId, requests[1].DeliveryId);
        Assert.Equal(requests[0].Body, requests[1].Body);
    }

    [Fact]
    public async Task Publish_Throws_WhenTheJobItselfIsCancelled()
    {
        rig.Receiver.HangNext(1);
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            rig.Sender.PublishAsync(rig.Context(rig.Article(), 1, OccurredAt), shutdown.Token));
    }
}
