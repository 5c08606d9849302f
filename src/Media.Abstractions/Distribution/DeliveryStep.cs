namespace Media.Abstractions.Distribution;

public enum DeliveryStepOutcome
{
    /// <summary>The channel has it (or, when retracting, no longer has it).</summary>
    Done,
    /// <summary>Accepted but not finished (e.g. WeChat still publishing): call again after <see cref="DeliveryStep.RetryAfter"/>.</summary>
    InProgress,
    /// <summary>A transient failure (timeout, 5xx, system busy): retry with backoff.</summary>
    Retry,
    /// <summary>The channel asks us to slow down: retry after <see cref="DeliveryStep.RetryAfter"/>.</summary>
    RateLimited,
    /// <summary>Will not work without a person acting (a field the channel refuses, a wrong secret).</summary>
    Failed,
}

/// <summary>The result of one attempt. <see cref="Error"/> is the channel's own message, shown to editors.</summary>
public sealed record DeliveryStep(DeliveryStepOutcome Outcome, string? ExternalId = null, string? ExternalUrl = null,
    string? Error = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryStep Done(string? externalId = null, string? externalUrl = null) => new(DeliveryStepOutcome.Done, externalId, externalUrl);

    public static DeliveryStep Retry(string error, TimeSpan? after = null) => new(DeliveryStepOutcome.Retry, Error: error, RetryAfter: after);

    public static DeliveryStep Failed(string error) => new(DeliveryStepOutcome.Failed, Error: error);
}
