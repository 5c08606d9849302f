namespace Media.Channels.WeChat.Api;

/// <summary>What a caller (the delivery job) should do about a failed call.</summary>
public enum WeChatErrorKind
{
    /// <summary>Try again with backoff: system busy (-1), HTTP 5xx, timeouts, network errors.</summary>
    Retryable,

    /// <summary>A quota or frequency limit (45009, 45011, 53501, …): back off for <see cref="WeChatApiException.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>Retrying the same request will fail again: show <see cref="WeChatApiException.EditorMessage"/> to someone who can act.</summary>
    Permanent,
}
