using System.Globalization;
using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Delivery;

/// <summary>What the outbox is told: WeChat's error classes and publish states as delivery steps.</summary>
internal static class WeChatDeliverySteps
{
    /// <summary>When WeChat asks us to slow down without saying for how long.</summary>
    public static readonly TimeSpan DefaultRateLimitDelay = TimeSpan.FromMinutes(1);

    public static DeliveryStep Publishing(TimeSpan pollDelay) =>
        new(DeliveryStepOutcome.InProgress, Error: "微信正在发布中", RetryAfter: pollDelay);

    public static DeliveryStep FromException(WeChatApiException error) => error.Kind switch
    {
        WeChatErrorKind.Retryable => DeliveryStep.Retry(error.EditorMessage),
        WeChatErrorKind.RateLimited => new DeliveryStep(DeliveryStepOutcome.RateLimited, Error: error.EditorMessage,
            RetryAfter: error.RetryAfter ?? DefaultRateLimitDelay),
        _ => DeliveryStep.Failed(error.EditorMessage),
    };

    /// <summary>A publish job that ended without an article (or lost it): the reason, for the editor.</summary>
    public static DeliveryStep FromFailedState(WeChatPublishStatus status) => DeliveryStep.Failed(status.State switch
    {
        WeChatPublishState.OriginalCheckFailed => "微信原创声明校验未通过，文章未发布。请检查原创声明或转载内容后重新发布。",
        WeChatPublishState.Failed => "微信发布失败（常规失败），文章未发布。请稍后重新发布，或在公众平台查看原因。",
        WeChatPublishState.ReviewRejected => "文章未通过微信平台审核，未发布。请修改内容后重新发布。",
        WeChatPublishState.Deleted => "文章发布后已在公众平台被删除。",
        WeChatPublishState.Banned => "文章发布后已被微信平台封禁。",
        _ => $"微信返回了未知的发布状态 {status.RawStatus.ToString(CultureInfo.InvariantCulture)}，请在公众平台核实。",
    });
}
