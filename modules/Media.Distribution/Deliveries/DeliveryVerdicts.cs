using Media.Abstractions.Auditing;
using Media.Abstractions.Distribution;
using Microsoft.Extensions.Options;

namespace Media.Distribution.Deliveries;

/// <summary>Maps a sender's step to the delivery's next state: done, another run after a delay, or failed —
/// with the audit entry for every final outcome.</summary>
public sealed class DeliveryVerdicts(IOptions<DistributionOptions> options, TimeProvider clock)
{
    public DeliverySettlement Settle(Delivery d, DeliveryStep step)
    {
        var now = clock.GetUtcNow();
        var open = d.IsRetraction ? DeliveryStates.Retracting : DeliveryStates.Pending;
        return step.Outcome switch
        {
            DeliveryStepOutcome.Done => d.IsRetraction
                ? new DeliverySettlement(DeliveryStates.Retracted, Audit: Entry(AuditActions.DeliveryRetracted, d, step))
                : new DeliverySettlement(DeliveryStates.Delivered, ExternalId: step.ExternalId, ExternalUrl: step.ExternalUrl,
                    Audit: Entry(AuditActions.DeliveryDelivered, d, step)),
            DeliveryStepOutcome.InProgress => new DeliverySettlement(d.IsRetraction ? open : DeliveryStates.Sending,
                now + (step.RetryAfter ?? TimeSpan.FromSeconds(5)), step.ExternalId, step.ExternalUrl),
            DeliveryStepOutcome.Failed => Failed(d, step),
            _ when d.Attempts >= options.Value.MaxAttempts => Failed(d, step with { Error = $"{step.Error} (gave up after {d.Attempts} attempts)" }),
            _ => new DeliverySettlement(open, now + (step.RetryAfter ?? options.Value.BackoffFor(d.Attempts)), Error: step.Error),
        };
    }

    public DeliverySettlement Refused(Delivery d, string reason) => new(DeliveryStates.Failed, Error: reason,
        Audit: Entry(AuditActions.PublishRefused, d, DeliveryStep.Failed(reason)));

    private static DeliverySettlement Failed(Delivery d, DeliveryStep step) =>
        new(DeliveryStates.Failed, Error: step.Error, Audit: Entry(AuditActions.DeliveryFailed, d, step));

    private static AuditEvent Entry(string action, Delivery d, DeliveryStep step) =>
        new(action, AuditSubject.Article(d.ArticleId), d.Version, d.ContentHash,
            new Dictionary<string, object?>
            {
                ["deliveryId"] = d.Id, ["channelId"] = d.ChannelId, ["channelType"] = d.ChannelType, ["attempts"] = d.Attempts,
                ["externalId"] = step.ExternalId, ["externalUrl"] = step.ExternalUrl, ["error"] = step.Error,
            },
            AuditActor.System);
}
