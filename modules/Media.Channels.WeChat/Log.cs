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
}
