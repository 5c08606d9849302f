using Hangfire;
using Media.Abstractions.Distribution;
using Media.Distribution.Deliveries;
using Microsoft.Extensions.Logging;

namespace Media.Distribution.Jobs;

/// <summary>One attempt at one delivery. Hangfire's own retries are off: attempts, backoff and the final
/// failure are kept in the Delivery row, where editors see them.</summary>
public sealed partial class DeliveryJob(DeliveryLedger ledger, DeliveryAttempt attempt, DeliveryQueue queue,
    DeliveryTelemetry telemetry, TimeProvider clock, ILogger<DeliveryJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await ledger.ClaimAsync(deliveryId, cancellationToken);
        if (delivery is null)
        {
            // Done already or held by another job — or fired early: then come back when it is due.
            if (await ledger.NotYetDueAsync(deliveryId, cancellationToken) is { } due) queue.Start(deliveryId, due);
            return;
        }

        using var activity = telemetry.Source.StartActivity("delivery " + delivery.ChannelType);
        activity?.SetTag("media.delivery.id", deliveryId).SetTag("media.channel", delivery.ChannelType).SetTag("media.delivery.attempt", delivery.Attempts);
        var started = clock.GetTimestamp();
        DeliverySettlement settlement;
        try
        {
            settlement = await attempt.RunAsync(delivery, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ledger.ReleaseAsync(deliveryId, CancellationToken.None);
            throw;
        }
        activity?.SetTag("media.delivery.state", settlement.State);
        if (settlement.State == DeliveryStates.Failed) activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, settlement.Error);
        if (await ledger.SettleAsync(delivery, settlement, cancellationToken))
        {
            telemetry.Settled(delivery.ChannelType, settlement.State, clock.GetElapsedTime(started));
            LogSettled(logger, deliveryId, delivery.ChannelType, settlement.State, delivery.Attempts);
            if (settlement.NeedsAnotherRun) queue.Start(deliveryId, settlement.DueAt ?? DateTimeOffset.MinValue);
        }
        else
        {
            await ledger.ReleaseAsync(deliveryId, CancellationToken.None);
            queue.Start(deliveryId, DateTimeOffset.MinValue); // changed meanwhile (retracted): work on the new state
        }
    }

    [LoggerMessage(LogLevel.Information, "Delivery {DeliveryId} to {ChannelType}: {State} after attempt {Attempt}")]
    private static partial void LogSettled(ILogger logger, Guid deliveryId, string channelType, string state, int attempt);
}
