namespace Media.Abstractions.Distribution;

/// <summary>How a channel's own push (e.g. WeChat's PUBLISHJOBFINISH) reaches the outbox: the delivery that saved
/// this external key in its progress is run again now instead of at its next poll.</summary>
public interface IDeliveryCallbacks
{
    /// <returns>Whether a delivery was waiting for it.</returns>
    Task<bool> ExternalJobFinishedAsync(Guid channelId, string progressKey, string externalValue, CancellationToken cancellationToken);
}
