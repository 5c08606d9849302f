using Microsoft.Extensions.Logging;

namespace Media.Channels.App;

/// <summary>Log messages of the app channel. None takes the webhook secret, a signature or the full webhook URL
/// (its query string may hold a key): only the host.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Webhook {Event} {WebhookDelivery} for article {ArticleId} to {Host} (channel {ChannelId}, attempt {Attempt}) answered HTTP {Status} in {ElapsedMs} ms: {Outcome}")]
    public static partial void WebhookAnswered(ILogger logger, string @event, Guid webhookDelivery, Guid articleId, string host,
        Guid channelId, int attempt, int status, double elapsedMs, string outcome);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Webhook {Event} {WebhookDelivery} for article {ArticleId} to {Host} (channel {ChannelId}, attempt {Attempt}) failed: {Reason}")]
    public static partial void WebhookFailed(ILogger logger, string @event, Guid webhookDelivery, Guid articleId, string host,
        Guid channelId, int attempt, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "App channel {ChannelId} cannot deliver article {ArticleId}: {Reason}")]
    public static partial void ChannelMisconfigured(ILogger logger, Guid channelId, Guid articleId, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information,
        Message = "Article {ArticleId} is no longer published; app channel {ChannelId} has nothing to announce for delivery {DeliveryId}")]
    public static partial void NothingToAnnounce(ILogger logger, Guid articleId, Guid channelId, Guid deliveryId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Webhook {WebhookDelivery}: the app's answer said {Body}")]
    public static partial void WebhookAnswerBody(ILogger logger, Guid webhookDelivery, string body);
}
