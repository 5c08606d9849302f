using Microsoft.Extensions.Logging;

namespace Media.WeChat.Sandbox;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Issued a {Kind} access_token for {AppId}")]
    public static partial void TokenIssued(ILogger logger, string kind, string appId);

    [LoggerMessage(2, LogLevel.Information, "Fault on {Endpoint}: {Fault}")]
    public static partial void FaultApplied(ILogger logger, string endpoint, string fault);

    [LoggerMessage(3, LogLevel.Information, "Publish job {PublishId} of {AppId} ended with status {PublishStatus}")]
    public static partial void PublishResolved(ILogger logger, long publishId, string appId, int publishStatus);

    [LoggerMessage(4, LogLevel.Information, "Callback for publish {PublishId}, attempt {Attempt}: HTTP {StatusCode}")]
    public static partial void CallbackDelivered(ILogger logger, long publishId, int attempt, int statusCode);

    [LoggerMessage(5, LogLevel.Warning, "Callback for publish {PublishId}, attempt {Attempt} failed: {Reason}")]
    public static partial void CallbackFailed(ILogger logger, long publishId, int attempt, string reason);

    [LoggerMessage(6, LogLevel.Warning, "Callback for publish {PublishId} not sent: {Url} is not a loopback address")]
    public static partial void CallbackRefused(ILogger logger, long publishId, string url);

    [LoggerMessage(7, LogLevel.Information, "WeChat sandbox listening on {BaseUrl}")]
    public static partial void Listening(ILogger logger, string baseUrl);
}
