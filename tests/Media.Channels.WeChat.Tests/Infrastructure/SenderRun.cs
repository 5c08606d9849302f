using Media.Abstractions.Distribution;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>Calls a sender the way the outbox does: again while it answers InProgress (the waits themselves skipped).</summary>
public static class SenderRun
{
    public static async Task<DeliveryStep> PublishUntilSettledAsync(IChannelSender sender, DeliveryRecord record, int maxCalls = 6)
    {
        for (var call = 1; ; call++)
        {
            var step = await sender.PublishAsync(record.NextAttempt(), CancellationToken.None);
            if (step.Outcome != DeliveryStepOutcome.InProgress || call == maxCalls)
            {
                return step;
            }
        }
    }
}
