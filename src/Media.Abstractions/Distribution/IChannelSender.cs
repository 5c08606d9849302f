namespace Media.Abstractions.Distribution;

/// <summary>
/// Delivers to one type of channel (web, wechat, app). The outbox calls it from a job, possibly many times for one
/// delivery (retries, a process killed half-way): each call must continue from <see cref="DeliveryContext.Progress"/>
/// instead of repeating a step whose result was saved, and save every external id the moment it has it.
/// </summary>
public interface IChannelSender
{
    string ChannelType { get; }

    /// <summary>Whether the channel can replace what it published with a corrected version (更正). WeChat cannot change
    /// a published article (docs/wechat.md); its delivery of a correction is recorded as not supported.</summary>
    bool CarriesCorrections => true;

    Task<DeliveryStep> PublishAsync(DeliveryContext context, CancellationToken cancellationToken);

    Task<DeliveryStep> RetractAsync(DeliveryContext context, CancellationToken cancellationToken);
}
