using System.Globalization;
using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Delivery;

/// <summary>What the outbox is told: WeChat's error classes and publish states as delivery steps.</summary>
internal static class WeChatDeliverySteps
{
    /// <summary>When WeChat asks us to slow down without saying for how long.</summary>
    public static readonly TimeSpan DefaultRateLimitDelay = TimeSpan.FromMinutes(1);

    /// <summary>How long after a lost submit answer Media keeps looking for the publication (docs/wechat.md §12.4).</summary>
    public static readonly TimeSpan LostSubmitWindow = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan MaxLookupDelay = TimeSpan.FromMinutes(5);

    /// <summary>The draft was consumed but its publication is not listed: look again, less often as time passes (each look
    /// costs quota), and after <see cref="LostSubmitWindow"/> say honestly that nothing could be confirmed.</summary>
    public static DeliveryStep LostSubmitPending(TimeSpan waited, TimeSpan pollDelay)
    {
        if (waited > LostSubmitWindow)
        {
            return DeliveryStep.Failed("提交发布时与微信的连接中断，草稿已被微信使用，但 30 分钟内没有在已发表列表中找到这篇文章，" +
                "微信很可能没有发布成功（例如原创校验或平台审核未通过）。请先在公众平台「发表记录」中核实，确认未发表后再重新发布。");
        }

        var after = TimeSpan.FromTicks(Math.Clamp(waited.Ticks / 4, pollDelay.Ticks, Math.Max(pollDelay.Ticks, MaxLookupDelay.Ticks)));
        return new DeliveryStep(DeliveryStepOutcome.InProgress, Error: "提交发布时与微信的连接中断，正在向微信核实文章是否已发表",
            RetryAfter: after);
    }

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
