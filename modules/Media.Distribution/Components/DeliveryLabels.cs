using Media.Abstractions.Time;
using Media.Distribution.Deliveries;

namespace Media.Distribution.Components;

/// <summary>Readable words for delivery states and channel types; times are written by <see cref="ChinaTime"/>.</summary>
public static class DeliveryLabels
{
    /// <summary>Kept for the publish page, which the lifecycle rewrite owns; new code uses <see cref="ChinaTime.Offset"/>.</summary>
    public static TimeSpan ChinaOffset => ChinaTime.Offset;

    public static string State(string state) => state switch
    {
        DeliveryStates.Pending => "待发送",
        DeliveryStates.Sending => "发送中",
        DeliveryStates.Delivered => "已送达",
        DeliveryStates.Failed => "失败",
        DeliveryStates.Retracting => "撤回中",
        DeliveryStates.Retracted => "已撤回",
        _ => state,
    };

    public static string ChannelType(string type) => type switch
    {
        Channels.ChannelTypes.Web => "网站",
        Channels.ChannelTypes.WeChat => "公众号",
        Channels.ChannelTypes.App => "客户端",
        _ => type,
    };

    public static string ArticleStatus(string status) => status switch
    {
        Abstractions.Content.EditorialStatus.Draft => "草稿 draft",
        Abstractions.Content.EditorialStatus.InReview => "审核中 in review",
        Abstractions.Content.EditorialStatus.Approved => "已签发 approved",
        Abstractions.Content.EditorialStatus.Scheduled => "定时发布 scheduled",
        Abstractions.Content.EditorialStatus.Published => "已发布 published",
        Abstractions.Content.EditorialStatus.Retracted => "已撤稿 retracted",
        _ => status,
    };
}
