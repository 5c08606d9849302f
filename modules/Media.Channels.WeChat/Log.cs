using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat;

/// <summary>Log messages of the WeChat channel. None takes a secret, an access_token or an AES key.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "WeChat {Endpoint} for {AppId} answered HTTP {Status} in {ElapsedMs} ms")]
    public static partial void CallAnswered(ILogger logger, string appId, string endpoint, int status, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "WeChat {Endpoint} for {AppId} failed: {Reason}")]
    public static partial void CallFailed(ILogger logger, string appId, string endpoint, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Access token for {AppId} fetched; WeChat says it expires in {ExpiresIn} s")]
    public static partial void TokenFetched(ILogger logger, string appId, int expiresIn);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "WeChat {Endpoint} for {AppId} refused the access token with {Errcode}; refreshing it and retrying once")]
    public static partial void TokenRejected(ILogger logger, string appId, string endpoint, int errcode);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "WeChat {Endpoint} for {AppId} answered errcode {Errcode} ({Kind}): {Errmsg}")]
    public static partial void ErrcodeReturned(ILogger logger, string appId, string endpoint, int errcode, Api.WeChatErrorKind kind, string? errmsg);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "WeChat callback for {AppId} rejected: {Reason}")]
    public static partial void CallbackRejected(ILogger logger, string appId, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "Delivery {DeliveryId} saved WeChat progress {ProgressKey}")]
    public static partial void ProgressSaved(ILogger logger, Guid deliveryId, string progressKey);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} stopped at WeChat {Endpoint} ({Kind}, errcode {Errcode})")]
    public static partial void DeliveryStepFailed(ILogger logger, Guid deliveryId, string endpoint, Api.WeChatErrorKind kind, int? errcode);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Delivery {DeliveryId} of article {ArticleId} refused before sending: the article needs an editor")]
    public static partial void DeliveryRefused(ILogger logger, Guid deliveryId, Guid articleId);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "WeChat callback for channel {ChannelId}: publish job {PublishId} finished; a delivery was waiting: {Waiting}")]
    public static partial void PublishJobFinished(ILogger logger, Guid channelId, string publishId, bool waiting);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "WeChat callback for channel {ChannelId} refused: {Reason}")]
    public static partial void CallbackRefused(ILogger logger, Guid channelId, string reason);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Delivery {DeliveryId}: the answer to WeChat {Endpoint} was lost; WeChat shows: {Finding}")]
    public static partial void LostAnswerResolved(ILogger logger, Guid deliveryId, string endpoint, string finding);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} could not delete its WeChat draft (errcode {Errcode}); it stays in the account's draft box")]
    public static partial void DraftLeft(ILogger logger, Guid deliveryId, int? errcode);
}
